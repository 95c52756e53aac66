import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ROLES, type Role } from '../../db/schema.js';
import { AppError } from '../../errors/app-error.js';

/** Who may call a route: anyone, or only signed-in users with one of these roles. */
export type Access = 'public' | readonly Role[];

/** Every role: for routes any signed-in user may call. */
export const ANY_ROLE: readonly Role[] = ROLES;

/** The signed-in user as routes see it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  provinceId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every `/api` route: who may call it. */
    access?: Access;
    /** Set to false for cookie-less public endpoints that need no CSRF token. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    user: CurrentUser | null;
  }
  interface FastifyInstance {
    /** Every API route with who may call it, in registration order (for audits and tests). */
    accessRules: AccessRule[];
  }
  interface Session {
    userId?: string;
  }
}

/** One API route and who may call it. */
export interface AccessRule {
  method: string;
  url: string;
  access: Access;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function loadUser(app: FastifyInstance, request: FastifyRequest): Promise<CurrentUser | null> {
  const userId = request.session.get('userId');
  if (!userId) return null;
  const row = await app.db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'province_id'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, email: row.email, displayName: row.display_name, role: row.role, provinceId: row.province_id };
}

/**
 * Makes access a declared property of every API route: registering an `/api` route
 * without `config.access` fails at start-up, and each request is checked before its body
 * is even validated (401 for anonymous, 403 for a wrong role), then its CSRF token.
 */
export default fp(
  async function accessControl(app: FastifyInstance) {
    app.decorateRequest('user', null);
    const rules: AccessRule[] = [];
    app.decorate('accessRules', rules);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      // The generated API documentation describes only public facts.
      if (route.url.startsWith('/api/docs')) {
        route.config = { ...route.config, access: 'public' };
        return;
      }
      const access = route.config?.access;
      if (access === undefined) {
        throw new Error(`Route ${String(route.method)} ${route.url} must declare config.access`);
      }
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') rules.push({ method, url: route.url, access });
      }
    });

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (access === undefined) return;
      request.user = await loadUser(app, request);
      if (access === 'public') return;
      if (!request.user) throw new AppError(401, 'unauthenticated');
      if (!access.includes(request.user.role)) throw new AppError(403, 'forbidden');
    });

    app.addHook('preValidation', (request, reply, done) => {
      if (!UNSAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return done();
      app.csrfProtection(request, reply, done);
    });
  },
  { name: 'access-control', dependencies: ['database', '@fastify/session', '@fastify/csrf-protection'] },
);
