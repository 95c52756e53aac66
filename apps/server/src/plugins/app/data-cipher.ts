import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DataCipher } from '../../crypto/data-cipher.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Encrypts what reporters tell us before it is stored (see crypto/data-cipher.ts). */
    dataCipher: DataCipher;
  }
}

/** Decorates the app with the {@link DataCipher} for the configured data key. */
export default fp(
  async function dataCipher(app: FastifyInstance, options: { key: Buffer }) {
    app.decorate('dataCipher', new DataCipher(options.key));
  },
  { name: 'data-cipher' },
);
