import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document, generated from the routes' zod schemas, and a page to read it at /api/docs. */
export default fp(
  async function openapi(app: FastifyInstance, options: { version: string }) {
    await app.register(fastifySwagger, {
      openapi: {
        info: {
          title: 'Không Một Mình API',
          description: 'Check, Learn, Help and Campaign: the platform that keeps Vietnamese children safe online.',
          version: options.version,
        },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  },
  { name: 'openapi' },
);
