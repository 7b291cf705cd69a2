import { z } from 'zod';
import { ZVersionNumber } from './bounds';
import { ZCents } from './money';
import { ZOrganisationType } from './reference-data';
import { ZCallStatus } from './call-status';

const ZTitleText = z.string().trim().min(1).max(200);
const ZDescriptionText = z.string().trim().min(1).max(20_000);

export const ZLocalizedTitle = z.object({ lv: ZTitleText, en: ZTitleText });
export const ZLocalizedDescription = z.object({ lv: ZDescriptionText, en: ZDescriptionText });

/** Code used in application reference numbers, e.g. DK in DK-2026-014. */
export const ZCallCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, { message: 'call.code.format' });

const ZInstant = z.iso.datetime({ offset: true });

/** The highest per-organisation application limit a coordinator may set on a call. */
export const MAX_APPLICATIONS_PER_ORGANISATION_LIMIT = 20;

const ZCallFields = z.object({
  code: ZCallCode,
  title: ZLocalizedTitle,
  description: ZLocalizedDescription,
  eligibleOrganisationTypes: z.array(ZOrganisationType).min(1),
  eligibleMunicipalityCodes: z.array(z.string().min(1)).min(1),
  budgetEnvelopeCents: ZCents.min(1),
  minAwardCents: ZCents,
  maxAwardCents: ZCents.min(1),
  ownContributionPercent: z.number().int().min(0).max(100),
  /** How far (percent of a line) a funded project's spending may pass a budget line before it is flagged. */
  overspendTolerancePercent: z.number().int().min(0).max(100).default(10),
  /** Applications (not withdrawn) one organisation may have in the call at a time. */
  maxApplicationsPerOrganisation: z.number().int().min(1).max(MAX_APPLICATIONS_PER_ORGANISATION_LIMIT).default(1),
  opensAt: ZInstant,
  closesAt: ZInstant,
  /** Who applicants ask about the call, shown on its public page; both optional. */
  contactEmail: z.email().max(254).nullable().default(null),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{4,29}$/, { message: 'call.contactPhone.format' })
    .nullable()
    .default(null),
});

type TCallFields = z.infer<typeof ZCallFields>;

/** Cross-field rules, shared by create and update so both sides reject the same input. */
function checkCallConsistency(call: TCallFields, ctx: z.RefinementCtx): void {
  if (call.minAwardCents > call.maxAwardCents) {
    ctx.addIssue({ code: 'custom', path: ['minAwardCents'], message: 'call.minAward.aboveMax' });
  }
  if (call.maxAwardCents > call.budgetEnvelopeCents) {
    ctx.addIssue({ code: 'custom', path: ['maxAwardCents'], message: 'call.maxAward.aboveEnvelope' });
  }
  if (new Date(call.closesAt).getTime() <= new Date(call.opensAt).getTime()) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'call.closesAt.beforeOpen' });
  }
  if (new Set(call.eligibleOrganisationTypes).size !== call.eligibleOrganisationTypes.length) {
    ctx.addIssue({ code: 'custom', path: ['eligibleOrganisationTypes'], message: 'call.duplicates' });
  }
}

export const ZCreateCallRequest = ZCallFields.extend({ programmeId: z.uuid() }).superRefine(
  checkCallConsistency,
);
export type TCreateCallRequest = z.infer<typeof ZCreateCallRequest>;

/** `version` is the one the editor loaded; a stale one is refused with 409. */
export const ZUpdateCallRequest = ZCallFields.extend({ version: ZVersionNumber }).superRefine(
  checkCallConsistency,
);
export type TUpdateCallRequest = z.infer<typeof ZUpdateCallRequest>;

/** Transitions carry the version too, so nobody publishes a call they have not seen. */
export const ZCallTransitionRequest = z.object({ version: ZVersionNumber });
export type TCallTransitionRequest = z.infer<typeof ZCallTransitionRequest>;

export const ZCallResponse = ZCallFields.extend({
  id: z.string(),
  programmeId: z.string(),
  status: ZCallStatus,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCallResponse = z.infer<typeof ZCallResponse>;

export const ZCallListResponse = z.object({ items: z.array(ZCallResponse) });
export type TCallListResponse = z.infer<typeof ZCallListResponse>;

/** What the public sees: no internal fields. */
export const ZPublicCallResponse = ZCallFields.extend({
  id: z.string(),
  status: ZCallStatus,
  programmeName: z.object({ lv: z.string(), en: z.string() }),
});
export type TPublicCallResponse = z.infer<typeof ZPublicCallResponse>;

/** `items` are open now; `upcoming` are published but not open yet (shown as "opens on …"). */
export const ZPublicCallListResponse = z.object({
  items: z.array(ZPublicCallResponse),
  upcoming: z.array(ZPublicCallResponse),
});
export type TPublicCallListResponse = z.infer<typeof ZPublicCallListResponse>;
