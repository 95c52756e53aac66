import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * While the server shuts down, answers still in flight carry `Connection: close`, so their
 * keep-alive sockets end with the response instead of holding `close()` open forever.
 */
export default fp(
  async function gracefulClose(app: FastifyInstance) {
    let closing = false;
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
    app.addHook('onSend', async (_request, reply) => {
      if (closing) reply.header('connection', 'close');
    });
  },
  { name: 'graceful-close' },
);
