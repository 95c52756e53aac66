import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANY_ROLE } from '../../plugins/app/access-control.js';
import { progressList } from './learn-progress-schemas.js';
import { mergeProgress, type ProgressItem } from './merge-progress.js';

/** A signed-in learner's progress; the device's progress merges into it on sign-in. */
const learnProgressRoutes: FastifyPluginAsyncZod = async (app) => {
  async function load(userId: string): Promise<ProgressItem[]> {
    const rows = await app.db.selectFrom('learn_progress').selectAll().where('user_id', '=', userId).execute();
    return rows.map((r) => ({
      kind: r.kind,
      id: r.item_id,
      ...(r.outcome ? { outcome: r.outcome } : {}),
      ...(r.score !== null ? { score: r.score } : {}),
      ...(r.total !== null ? { total: r.total } : {}),
      completedAt: r.completed_at,
    }));
  }

  app.get('/', { config: { access: ANY_ROLE }, schema: { response: { 200: progressList } } }, async (request) => ({
    items: await load(request.user!.id),
  }));

  app.put(
    '/',
    { config: { access: ANY_ROLE }, schema: { body: progressList, response: { 200: progressList } } },
    async (request) => {
      const userId = request.user!.id;
      const merged = mergeProgress(await load(userId), request.body.items);
      await app.db.transaction().execute(async (trx) => {
        for (const item of merged) {
          const row = { outcome: item.outcome ?? null, score: item.score ?? null, total: item.total ?? null, completed_at: item.completedAt };
          await trx
            .insertInto('learn_progress')
            .values({ user_id: userId, kind: item.kind, item_id: item.id, ...row })
            .onConflict((oc) => oc.columns(['user_id', 'kind', 'item_id']).doUpdateSet(row))
            .execute();
        }
      });
      return { items: merged };
    },
  );
};

export default learnProgressRoutes;
