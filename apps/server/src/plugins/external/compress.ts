import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** gzip/brotli for responses over 1 KB: the app is used on weak school Wi-Fi. */
export default fp(
  async function compress(app: FastifyInstance) {
    await app.register(fastifyCompress, { threshold: 1024 });
  },
  { name: 'compress' },
);
