import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * A per-IP request budget for the API; routes tighten it with `config.rateLimit`.
 * Kept in memory per instance — a deliberate trade-off: limits are abuse guards, not quotas.
 */
export default fp(
  async function rateLimit(app: FastifyInstance, options: { perMinute: number }) {
    await app.register(fastifyRateLimit, {
      global: true,
      max: options.perMinute,
      timeWindow: '1 minute',
      allowList: (request) => !request.url.startsWith('/api/'),
    });
  },
  { name: 'rate-limit' },
);
