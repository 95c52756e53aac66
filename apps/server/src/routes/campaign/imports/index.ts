import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { expertImport } from './expert-import.js';
import type { ImportKind } from './import-kind.js';
import { runImport, type ImportResult } from './import-runner.js';
import { readRows, type SourceFormat } from './import-source.js';
import { findImportRecord, markImportFailed, startImportRecord, updateImportRecord } from './imports-repository.js';
import { importQuery, importRecord, importResult, UPLOAD_TYPES } from './imports-schemas.js';
import { postImport } from './post-import.js';
import { schoolImport } from './school-import.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own column and value types
const KINDS: Record<z.infer<typeof importQuery>['kind'], ImportKind<any, any>> = { schools: schoolImport, experts: expertImport, posts: postImport };

/**
 * Imports of schools, experts and social posts from CSV or XLSX, sent as the raw request
 * body and parsed as it streams in. `mode=preview` parses the first rows and writes nothing;
 * `mode=commit` stores every good row in batches and records its progress under an id the
 * client may choose (`importId`), which `GET /imports/:id` reads while the upload runs.
 */
const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  // The body stays a stream: the import reads it row by row and enforces its own size limit.
  app.addContentTypeParser(Object.keys(UPLOAD_TYPES), (_request, payload, done) => done(null, payload));

  app.post(
    '/',
    { config: { access: CAMPAIGN_STAFF }, schema: { querystring: importQuery, response: { 200: importResult } } },
    async (request): Promise<z.infer<typeof importResult>> => {
      const user = requireUser(request.user);
      const { kind, mode, limit } = request.query;
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const format: SourceFormat | undefined = UPLOAD_TYPES[contentType as keyof typeof UPLOAD_TYPES];
      if (!format) throw new AppError(415, 'unsupported_media_type');
      const provinceId = provinceScope(user);
      // Social posts have no province: they are national data.
      if (kind === 'posts' && provinceId !== null) throw new AppError(403, 'out_of_province');
      const rows = readRows(request.body as Readable, format);

      if (mode === 'preview') {
        const result = await runImport(app.db, KINDS[kind], rows, { mode, previewRows: limit, provinceId });
        return { id: null, kind, mode, ...result };
      }
      const id = request.query.importId ?? randomUUID();
      if (!(await startImportRecord(app.db, id, kind, user.id))) throw new AppError(409, 'validation');
      let result: ImportResult;
      try {
        result = await runImport(app.db, KINDS[kind], rows, {
          mode,
          previewRows: 0,
          provinceId,
          onProgress: (progress, trx) => updateImportRecord(trx, id, progress),
        });
      } catch (error) {
        // Batches already stored stay stored (re-importing the file is safe); the record kept their counts, written with them.
        await markImportFailed(app.db, id);
        throw error;
      }
      await updateImportRecord(app.db, id, result, { status: 'done', rowErrors: result.rowErrors });
      return { id, kind, mode, ...result };
    },
  );

  app.get(
    '/:id',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: z.object({ id: z.string().max(80) }), response: { 200: importRecord } } },
    async (request) => {
      const user = requireUser(request.user);
      const found = await findImportRecord(app.db, request.params.id, user.role === 'admin' ? null : user.id);
      if (!found) throw new AppError(404, 'import_not_found');
      return found;
    },
  );
};

export default importsRoutes;
