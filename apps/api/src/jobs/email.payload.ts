import { z } from 'zod';
import { ZLocale } from '@kopa/shared';
import { EMAIL_TEMPLATE_REGISTRY } from './templates';
import { isEmailTemplateName } from './email-templates';

/** BullMQ job data of the `email` queue: only a pointer; the outbox row is the truth. */
export const ZEmailJobData = z.object({ outboxId: z.uuid() });
export type TEmailJobData = z.infer<typeof ZEmailJobData>;

/** A file the worker builds when it sends the message; only known kinds, never arbitrary paths. */
export const ZEmailAttachmentRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('application-pdf'), applicationId: z.uuid(), revisionNumber: z.number().int().min(1) }),
  /** An iCalendar file built when the message is written, so it describes the event as it was then. */
  z.object({
    kind: z.literal('ics'),
    filename: z.string().regex(/^[\w.-]{1,80}\.ics$/),
    method: z.enum(['REQUEST', 'CANCEL']),
    content: z.string().min(1).max(20_000),
  }),
]);
export type TEmailAttachmentRequest = z.infer<typeof ZEmailAttachmentRequest>;

/** The `payload` of an OutboxMessage of kind `email`, params checked against the template. */
export const ZEmailPayload = z
  .object({
    dedupeKey: z.string().min(1).max(300),
    to: z.email(),
    locale: ZLocale,
    template: z.string().refine(isEmailTemplateName, { message: 'unknown e-mail template' }),
    params: z.record(z.string(), z.unknown()),
    /** Files the worker renders at send time and attaches (optional; older rows have none). */
    attachments: z.array(ZEmailAttachmentRequest).max(5).optional(),
  })
  .superRefine((payload, context) => {
    if (!isEmailTemplateName(payload.template)) return;
    const result = EMAIL_TEMPLATE_REGISTRY[payload.template].params.safeParse(payload.params);
    for (const issue of result.error?.issues ?? []) {
      context.addIssue({ code: 'custom', path: ['params', ...issue.path.map(String)], message: issue.message });
    }
  });
export type TEmailPayload = z.infer<typeof ZEmailPayload>;
