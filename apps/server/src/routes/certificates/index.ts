import type { Band, LearnCatalog } from '@kmm/content';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { newCertificateCode, normalizeCertificateCode } from './certificate-code.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { issueBody, verification } from './certificates-schemas.js';
import { TRACK_NAMES } from './track-names.js';

/** Every scenario and quiz of a band: the track a certificate stands for. */
export function trackItems(catalog: LearnCatalog, band: Band): string[] {
  return [...catalog.scenarios.filter((s) => s.band === band), ...catalog.quizzes.filter((q) => q.band === band)].map((i) => i.id);
}

/**
 * Certificates for finished tracks: a PDF with the name as typed and a verification code
 * that anyone can check. Learners may be anonymous, so the claim of completion is checked
 * against the track's contents, not against an account.
 */
const certificatesRoutes = (catalog: () => Promise<LearnCatalog>): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/',
      {
        config: { access: 'public', csrf: false, rateLimit: { max: 10, timeWindow: '1 minute' } },
        bodyLimit: 32 * 1024,
        schema: { body: issueBody },
      },
      async (request, reply) => {
        const { name, band, completed } = request.body;
        const done = new Set(completed);
        const missing = trackItems(await catalog(), band).filter((id) => !done.has(id));
        if (missing.length) throw new AppError(422, 'track_incomplete', { missing: missing.join(', ') });
        const code = newCertificateCode();
        const issuedAt = new Date();
        await app.db.insertInto('certificates').values({ code, name, band, issued_at: issuedAt.toISOString() }).execute();
        const origin = `${request.protocol}://${request.host}`;
        const pdf = await renderCertificatePdf({ name, trackName: TRACK_NAMES[band], issuedAt, code, verifyUrl: `${origin}/xac-minh/${code}` });
        return reply
          .status(201)
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="chung-nhan-${code}.pdf"`)
          .header('x-certificate-code', code)
          .header('access-control-expose-headers', 'x-certificate-code')
          .send(Buffer.from(pdf));
      },
    );

    app.get(
      '/:code',
      {
        config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: { params: z.object({ code: z.string().max(40) }), response: { 200: verification } },
      },
      async (request) => {
        const row = await app.db
          .selectFrom('certificates')
          .selectAll()
          .where('code', '=', normalizeCertificateCode(request.params.code))
          .executeTakeFirst();
        if (!row) throw new AppError(404, 'certificate_not_found');
        const band = row.band as Band;
        return { valid: true as const, name: row.name, band, track: TRACK_NAMES[band], issuedAt: row.issued_at };
      },
    );
  };

export default certificatesRoutes;
