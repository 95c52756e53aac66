import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers with the web app's index.html (history fallback); set only when a build exists. */
    sendSpaIndex?: (reply: FastifyReply) => FastifyReply;
  }
}

/**
 * Serves the built web app: hashed assets cached for a year, index.html never cached, and
 * any other non-API GET falls back to index.html so client routes survive a reload.
 */
export default fp(
  async function webApp(app: FastifyInstance, options: { root: string }) {
    if (!existsSync(join(options.root, 'index.html'))) {
      app.log.warn({ root: options.root }, 'web app not built; serving the API only');
      return;
    }
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: true,
      index: ['index.html'],
      setHeaders(reply, path) {
        const immutable = path.startsWith(join(options.root, 'assets'));
        reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.decorate('sendSpaIndex', (reply: FastifyReply) =>
      reply.header('Cache-Control', 'no-cache').sendFile('index.html'),
    );
  },
  { name: 'web-app' },
);
