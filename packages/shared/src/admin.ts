import { z } from 'zod';
import { pagedList } from './resource-centres';
import { ZLocale, ZRole } from './roles';

/** Admin console: users, their roles and programme staff, background jobs. */

export const ADMIN_PAGE_SIZE_MAX = 100;
const ZPage = z.coerce.number().int().min(1).max(10_000).default(1);
const ZPageSize = z.coerce.number().int().min(1).max(ADMIN_PAGE_SIZE_MAX).default(20);

export const ZAdminUserListQuery = z.object({
  /** Part of the e-mail or the name, case-insensitive. */
  q: z.string().trim().max(200).optional(),
  role: ZRole.optional(),
  status: z.enum(['active', 'deactivated']).optional(),
  page: ZPage,
  pageSize: ZPageSize,
});
export type TAdminUserListQuery = z.infer<typeof ZAdminUserListQuery>;

export const ZAdminUserSummary = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  locale: ZLocale,
  emailVerifiedAt: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TAdminUserSummary = z.infer<typeof ZAdminUserSummary>;

export const ZAdminUserListResponse = pagedList(ZAdminUserSummary);
export type TAdminUserListResponse = z.infer<typeof ZAdminUserListResponse>;

export const ZAdminProgrammeRef = z.object({ id: z.string(), name: z.object({ lv: z.string(), en: z.string() }) });
export type TAdminProgrammeRef = z.infer<typeof ZAdminProgrammeRef>;

export const ZAdminUserDetail = ZAdminUserSummary.extend({
  activeSessionCount: z.number().int(),
  lastSeenAt: z.string().nullable(),
  programmes: z.array(ZAdminProgrammeRef),
});
export type TAdminUserDetail = z.infer<typeof ZAdminUserDetail>;

export const ZChangeRoleRequest = z.object({ role: ZRole });
export type TChangeRoleRequest = z.infer<typeof ZChangeRoleRequest>;

export const ZProgrammeStaffRequest = z.object({ userId: z.uuid() });
export type TProgrammeStaffRequest = z.infer<typeof ZProgrammeStaffRequest>;

export const ZAdminProgrammeStaff = ZAdminProgrammeRef.extend({
  staff: z.array(z.object({ id: z.string(), email: z.string(), displayName: z.string() })),
});
export type TAdminProgrammeStaff = z.infer<typeof ZAdminProgrammeStaff>;

export const ZAdminProgrammeListQuery = z.object({
  /** Part of the Latvian or English name, case-insensitive. */
  q: z.string().trim().max(200).optional(),
  page: ZPage,
  pageSize: ZPageSize,
});
export type TAdminProgrammeListQuery = z.infer<typeof ZAdminProgrammeListQuery>;

export const ZAdminProgrammeListResponse = pagedList(ZAdminProgrammeStaff);
export type TAdminProgrammeListResponse = z.infer<typeof ZAdminProgrammeListResponse>;

// ---------- background jobs ----------

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;
export const ZQueueDepth = z.object({
  name: z.string(),
  counts: z.record(z.enum(JOB_STATES), z.number().int()),
});
export const ZFailedJob = z.object({
  queue: z.string(),
  id: z.string(),
  name: z.string(),
  attemptsMade: z.number().int(),
  failedReason: z.string().nullable(),
  failedAt: z.string().nullable(),
});
export type TFailedJob = z.infer<typeof ZFailedJob>;

/** An e-mail the worker gave up on: the outbox row keeps the last error. */
export const ZFailedEmail = z.object({
  id: z.string(),
  to: z.string(),
  template: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type TFailedEmail = z.infer<typeof ZFailedEmail>;

/** The failed e-mails are paged (newest first) and may be narrowed to one template. */
export const ZJobsOverviewQuery = z.object({
  template: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9-]*$/)
    .optional(),
  page: ZPage,
  pageSize: ZPageSize,
});
export type TJobsOverviewQuery = z.infer<typeof ZJobsOverviewQuery>;

export const ZJobsOverviewResponse = z.object({
  queues: z.array(ZQueueDepth),
  failedJobs: z.array(ZFailedJob),
  failedEmails: z.array(ZFailedEmail),
  failedEmailTotal: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TJobsOverviewResponse = z.infer<typeof ZJobsOverviewResponse>;

export const ZFailedJobParams = z.object({
  queue: z.string().min(1).max(50),
  jobId: z.string().min(1).max(200),
});

