import { z } from 'zod';

/**
 * Every action the API writes to the audit log. The API's audit writer takes only these,
 * and the web app's translations test checks that each has a text in every language (the
 * history, the workspace's recent activity and the admin audit log never show a raw key).
 */
export const AUDIT_ACTIONS = [
  'application.answers-updated',
  'application.clarification_requested',
  'application.created',
  'application.resubmitted',
  'application.submitted',
  'application.withdrawn',
  'application.deleted',
  'application.markEligible',
  'application.markIneligible',
  'application.revertEligibility',
  'application.startReview',
  'application.completeReview',
  'application.reopenReview',
  'application.award',
  'application.waitlist',
  'application.reject',
  'attachment.deleted',
  'attachment.downloaded',
  'attachment.uploaded',
  'call-form.created',
  'call-form.updated',
  'call-form.version-created',
  'call.cloned',
  'call.created',
  'call.updated',
  'call.decide',
  'call.published',
  'call.closed',
  'call.decided',
  'call.archived',
  'call.eligibility-checklist-updated',
  'call.letter_template_reset',
  'call.letter_template_saved',
  'call.review_settings_updated',
  'call.rubric_updated',
  'job.discarded',
  'job.requeued',
  'organisation.claim-filed',
  'organisation.claim-approved',
  'organisation.claim-rejected',
  'organisation.control-transferred',
  'organisation.created',
  'organisation.invitation-accepted',
  'organisation.invitation-created',
  'organisation.invitation-revoked',
  'organisation.member-left',
  'organisation.member-removed',
  'organisation.member-role-changed',
  'organisation.updated',
  'outbox.discarded',
  'outbox.requeued',
  'programme.staff_added',
  'programme.staff_removed',
  'review.assigned',
  'review.auto_assigned',
  'review.conflict_declared',
  'review.no_conflict_declared',
  'review.pool_added',
  'review.pool_removed',
  'review.released',
  'review.reopened',
  'review.reviewer_invited',
  'review.submitted',
  'review_score.moderated',
  'review_score.moderation_removed',
  'review_score.shared',
  'review_score.unshared',
  'session.revoked',
  'user.deactivated',
  'user.email_verified',
  'user.erased',
  'user.locale_changed',
  'user.locked',
  'user.login',
  'user.login_failed',
  'user.login_password_accepted',
  'user.logout',
  'user.password_changed',
  'user.password_reset',
  'user.password_reset_requested',
  'user.personal_data_exported',
  'user.reactivated',
  'user.reauthenticated',
  'user.recovery_codes_regenerated',
  'user.registered',
  'user.registered_again',
  'user.role_assigned',
  'user.role_revoked',
  'user.second_factor_failed',
  'user.totp_disabled',
  'user.totp_enabled',
  'user.verification_resent',
  'consultation.booked',
  'consultation.cancelled',
  'consultation.rescheduled',
  'consultation.recorded',
  'event.created',
  'event.updated',
  'project.create',
  'project.update',
  'project.activate',
  'project.requestFinalReport',
  'project.close',
  'project.suspend',
  'project.resume',
  'project.terminate',
  'project.tranches.plan',
  'project.tranche.markDue',
  'project.tranche.approve',
  'project.tranche.pay',
  'project.tranche.hold',
  'project.tranche.release',
  'project.tranche.cancel',
  'project.agreement.issued',
  'project.agreement.signed_copy_uploaded',
  'project.agreement.downloaded',
  'project.budget.edit',
  'project.budgetChange.request',
  'project.budgetChange.approve',
  'project.budgetChange.reject',
  'project.budgetChange.withdraw',
  'project.expense.create',
  'project.expense.update',
  'project.expense.delete',
  'project.expense.receiptUploaded',
  'project.expense.receiptDownloaded',
  'project.expense.receiptDeleted',
  'report.schedule.add',
  'report.schedule.move',
  'report.schedule.remove',
  'report.answers-updated',
  'report.submit',
  'report.requestChanges',
  'report.approve',
  'call.report-form.created',
  'call.report-form.updated',
  'call.report-form.version-created',
  'call.report-schedule.updated',
  'resource_centre.updated',
  'resource_centre.photo_replaced',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

/** The translation key of an action: `attachment.uploaded` → `auditActions.attachment_uploaded`. */
export function auditActionKey(action: string): string {
  return `auditActions.${action.replace(/[.-]/g, '_')}`;
}

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
