import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listUsers } from '../../accounts/users-repository.js';
import { userRow } from './users-schemas.js';

/** Account administration (admins only). */
const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { config: { access: ['admin'] }, schema: { response: { 200: z.object({ users: z.array(userRow) }) } } },
    async () => {
      const now = new Date().toISOString();
      const rows = await listUsers(app.db);
      return {
        users: rows.map((u) => ({
          id: u.id,
          email: u.email,
          displayName: u.display_name,
          role: u.role,
          provinceId: u.province_id,
          locked: u.locked_until !== null && u.locked_until > now,
          createdAt: u.created_at,
        })),
      };
    },
  );
};

export default usersRoutes;
