import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { isMessageCode, pickLang, translate, type Lang, type MessageCode } from '../../i18n/messages.js';

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

interface FieldError {
  field: string;
  message: string;
}

/** A refinement's own message code (`params: {messageCode}`), when it names one of ours. */
function customMessage(keyword: string, params: object, lang: Lang): string | null {
  const code = keyword === 'custom' ? (params as { params?: { messageCode?: unknown } }).params?.messageCode : undefined;
  return typeof code === 'string' && isMessageCode(code) ? translate(code, lang) : null;
}

/**
 * Re-renders each zod issue in the caller's language: zod's own locales, or for a refinement
 * (end before start…) the message it names, which zod's generic "invalid input" cannot say.
 */
function fieldErrors(error: { validation: { instancePath: string; keyword: string; params: object }[] }, lang: Lang): FieldError[] {
  return error.validation.map((v) => {
    const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const own = customMessage(v.keyword, v.params, lang);
    if (own !== null) return { field, message: own };
    const issue = { code: v.keyword, ...v.params, path: v.instancePath.split('/').filter(Boolean) };
    const localized = zodLocales[lang].localeError?.(issue as never);
    const message = typeof localized === 'string' ? localized : (localized?.message ?? v.keyword);
    return { field, message };
  });
}

// Fastify's own client errors, mapped to our codes; anything else 4xx keeps its status.
const FASTIFY_CODES: Record<string, MessageCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_CSRF_INVALID_TOKEN: 'csrf',
  FST_CSRF_MISSING_SECRET: 'csrf',
};

function send(reply: FastifyReply, status: number, code: MessageCode, message: string, extra: object = {}) {
  return reply.status(status).send({ error: { code, message, ...extra } });
}

/**
 * One place that turns every error into `{error: {code, message, fields?}}` in the caller's
 * language (Accept-Language), and hides the details of 5xx errors.
 */
export default fp(
  async function errorHandler(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const lang = pickLang(request.headers['accept-language']);
      if (error instanceof AppError) {
        reply.headers(error.headers);
        return send(reply, error.statusCode, error.code, translate(error.code, lang, error.params));
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        return send(reply, 400, 'validation', translate('validation', lang), { fields: fieldErrors(error, lang) });
      }
      if (error.statusCode === 429) {
        return send(reply, 429, 'rate_limited', translate('rate_limited', lang));
      }
      const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
      if (mapped) return send(reply, error.statusCode ?? 400, mapped, translate(mapped, lang));
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return send(reply, error.statusCode, 'validation', translate('validation', lang));
      }
      request.log.error({ err: error }, 'unhandled error');
      return send(reply, 500, 'internal', translate('internal', lang));
    });

    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/') && app.sendSpaIndex) {
        return app.sendSpaIndex(reply);
      }
      const lang = pickLang(request.headers['accept-language']);
      return send(reply, 404, 'not_found', translate('not_found', lang));
    });
  },
  { name: 'error-handler' },
);
