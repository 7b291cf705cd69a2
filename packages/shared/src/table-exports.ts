import { z } from 'zod';

/**
 * A list export (CSV or XLSX) is a background job: asking for one answers 202 with this record,
 * the worker writes the file, and the requester downloads it from `downloadUrl` once `ready`.
 * The file is kept for EXPORT_FILE_HOURS, then removed.
 */
export const TABLE_EXPORT_KINDS = ['applications', 'scores', 'decisions', 'projects', 'payments', 'reports'] as const;
export type TTableExportKind = (typeof TABLE_EXPORT_KINDS)[number];

export const TABLE_EXPORT_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export type TTableExportStatus = (typeof TABLE_EXPORT_STATUSES)[number];

/** How long a finished file can be downloaded. */
export const EXPORT_FILE_HOURS = 24;
/** Exports one user may have waiting or running at once; the next is refused with 429. */
export const EXPORTS_IN_PROGRESS_PER_USER = 3;

export const ZTableExport = z.object({
  id: z.string().uuid(),
  kind: z.enum(TABLE_EXPORT_KINDS),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(TABLE_EXPORT_STATUSES),
  fileName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** Where the file is, once ready. */
  downloadUrl: z.string().nullable(),
});
export type TTableExport = z.infer<typeof ZTableExport>;
