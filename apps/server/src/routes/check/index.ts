import { analyze } from '@kmm/detector';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkBody } from './check-schemas.js';

/**
 * `POST /api/check` for integrations (chat platforms, school systems). The web app never
 * calls it: its detector runs in the browser, so what a child types stays on the device.
 * Nothing sent here is stored or logged.
 */
const checkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/',
    {
      config: { access: 'public', csrf: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
      bodyLimit: 64 * 1024,
      schema: {
        description: 'Analyse a message, a conversation, a URL or a phone number with the offline detector.',
        body: checkBody,
      },
      // The request log must not carry the checked text.
      logLevel: 'warn',
    },
    async (request) => analyze(request.body),
  );
};

export default checkRoutes;
