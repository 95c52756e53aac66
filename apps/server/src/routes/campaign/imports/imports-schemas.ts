import { z } from 'zod';

export const IMPORT_KINDS = ['schools', 'experts', 'posts'] as const;

/** Content types of an upload; browsers on Windows send CSV files as `application/vnd.ms-excel`. */
export const UPLOAD_TYPES = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/vnd.ms-excel': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;

export const importQuery = z.object({
  kind: z.enum(IMPORT_KINDS),
  mode: z.enum(['preview', 'commit']).default('preview'),
  /** Rows parsed by a preview. */
  limit: z.coerce.number().int().min(1).max(200).default(20),
  /** A commit's id chosen by the client, so it can poll `GET /imports/:id` while the upload runs. */
  importId: z.uuid().optional(),
});

const rowError = z.object({ line: z.number().int(), column: z.string(), message: z.string() });

export const importResult = z.object({
  /** The import record (commit mode); null for a preview. */
  id: z.string().nullable(),
  kind: z.enum(IMPORT_KINDS),
  mode: z.enum(['preview', 'commit']),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  /** Rows with at least one error (they were not stored). */
  errors: z.number().int(),
  rowErrors: z.array(rowError),
  preview: z.array(z.object({ line: z.number().int(), value: z.unknown() })),
});

export const importRecord = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  errors: z.number().int(),
  rowErrors: z.array(rowError),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
