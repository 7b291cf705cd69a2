import { z } from 'zod';

/** Largest page of the audit log one request may ask for. */
export const AUDIT_PAGE_SIZE_MAX = 100;

const ZInstant = z.iso.datetime({ offset: true });
/** Entity kinds and action names are short machine words (`application`, `application.submit`). */
const ZAuditWord = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_.-]*$/, 'lowercase letters, digits, ".", "_" or "-"');

/**
 * `GET /api/audit`: a paged, filtered list, newest first. Admins read the whole log;
 * programme coordinators only entries about what they may read anyway (their programmes'
 * calls, forms and applications, and organisations that applied to those calls).
 */
export const ZAuditListQuery = z
  .object({
    entityType: ZAuditWord.optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    actorId: z.uuid().optional(),
    action: ZAuditWord.optional(),
    /** Inclusive lower bound on the entry's time. */
    from: ZInstant.optional(),
    /** Exclusive upper bound on the entry's time. */
    to: ZInstant.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX).default(50),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: '"from" must be before "to"',
    path: ['to'],
  });
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;

export const ZAuditEntry = z.object({
  id: z.uuid(),
  actorId: z.string().nullable(),
  /** The actor's display name (never their e-mail); null for system actions or erased users. */
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** The HTTP request that made the change, to correlate with server logs; null for jobs. */
  requestId: z.string().nullable(),
  createdAt: ZInstant,
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditListResponse = z.object({
  items: z.array(ZAuditEntry),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type TAuditListResponse = z.infer<typeof ZAuditListResponse>;
