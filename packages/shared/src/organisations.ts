import { z } from 'zod';
import { pagedList } from './resource-centres';
import { ZVersionNumber } from './bounds';
import { ZOrganisationType } from './reference-data';

/** Weights of the Latvian Register of Enterprises check (see ../shared/standards/README.md). */
const REGISTRATION_WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

/** 11 digits whose weighted sum is ≡ 3 (mod 11): the check that holds for every legal entity. */
export function isValidLatvianRegistrationNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const sum = REGISTRATION_WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return sum % 11 === 3;
}

/** Why a registration number is wrong, as a translation key; null when it is fine. */
export function registrationNumberError(value: string): string | null {
  if (!/^\d{11}$/.test(value)) return 'organisation.registrationNumber.format';
  if (!isValidLatvianRegistrationNumber(value)) return 'organisation.registrationNumber.checksum';
  return null;
}

export const ORGANISATION_ROLES = ['owner', 'member'] as const;
export const ZOrganisationRole = z.enum(ORGANISATION_ROLES);
export type TOrganisationRole = z.infer<typeof ZOrganisationRole>;

const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** Spaces people type while copying ("4000 303 2065") are dropped; an empty field means none. */
const ZRegistrationInput = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/\s+/g, '') || null : value),
  z.string().max(20).nullable().optional(),
);

/** A registration number that must be there and must pass the check (claims). */
export const ZRegistrationNumber = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value),
  z.string().superRefine((value, ctx) => {
    const error = registrationNumberError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  }),
);

const ZOrganisationFields = z.object({
  type: ZOrganisationType,
  legalName: z.string().trim().min(1).max(200),
  registrationNumber: ZRegistrationInput,
  municipalityCode: z.string().trim().min(1).max(50),
  address: z.string().trim().min(1).max(300),
  contactEmail: ZEmail,
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{7,20}$/, { message: 'organisation.contactPhone.format' }),
  description: z.string().trim().max(2000).default(''),
});
type TOrganisationFields = z.infer<typeof ZOrganisationFields>;

/** Registered types need a valid number; informal groups of residents have none. */
function checkRegistrationNumber(organisation: TOrganisationFields, ctx: z.RefinementCtx): void {
  const number = organisation.registrationNumber ?? null;
  if (organisation.type === 'informal_group') {
    if (number !== null) {
      ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'organisation.registrationNumber.notAllowed' });
    }
    return;
  }
  if (number === null) {
    ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'organisation.registrationNumber.required' });
    return;
  }
  const error = registrationNumberError(number);
  if (error) ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: error });
}

export const ZCreateOrganisationRequest = ZOrganisationFields.superRefine(checkRegistrationNumber);
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

/** `version` is the one the editor loaded; a stale one is refused with 409. */
export const ZUpdateOrganisationRequest = ZOrganisationFields.extend({ version: ZVersionNumber }).superRefine(
  checkRegistrationNumber,
);
export type TUpdateOrganisationRequest = z.infer<typeof ZUpdateOrganisationRequest>;

export const ZOrganisationResponse = z.object({
  id: z.string(),
  type: ZOrganisationType,
  legalName: z.string(),
  registrationNumber: z.string().nullable(),
  municipalityCode: z.string(),
  address: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  description: z.string(),
  version: z.number().int(),
  /** The caller's role; null for staff who read without being a member. */
  myRole: ZOrganisationRole.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TOrganisationResponse = z.infer<typeof ZOrganisationResponse>;

export const ZOrganisationListResponse = z.object({ items: z.array(ZOrganisationResponse) });
export type TOrganisationListResponse = z.infer<typeof ZOrganisationListResponse>;

export const ORGANISATION_SEARCH_PAGE_SIZE_MAX = 50;

/** Programme staff look an organisation up by part of its name or its registration number. */
export const ZOrganisationSearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(ORGANISATION_SEARCH_PAGE_SIZE_MAX).default(20),
});
export type TOrganisationSearchQuery = z.infer<typeof ZOrganisationSearchQuery>;

export const ZOrganisationSummary = z.object({ id: z.string(), legalName: z.string(), registrationNumber: z.string().nullable(), municipalityCode: z.string() });
export type TOrganisationSummary = z.infer<typeof ZOrganisationSummary>;

export const ZOrganisationSearchResponse = pagedList(ZOrganisationSummary);
export type TOrganisationSearchResponse = z.infer<typeof ZOrganisationSearchResponse>;

export const ZMemberResponse = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: ZOrganisationRole,
  joinedAt: z.string(),
});
export type TMemberResponse = z.infer<typeof ZMemberResponse>;

export const ZMemberListResponse = z.object({ items: z.array(ZMemberResponse) });
export type TMemberListResponse = z.infer<typeof ZMemberListResponse>;

export const ZUpdateMemberRequest = z.object({ role: ZOrganisationRole });
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;

export const ZInviteMemberRequest = z.object({ email: ZEmail, role: ZOrganisationRole.default('member') });
export type TInviteMemberRequest = z.infer<typeof ZInviteMemberRequest>;

export const ZInvitationResponse = z.object({
  id: z.string(),
  email: z.string(),
  role: ZOrganisationRole,
  expiresAt: z.string(),
  expired: z.boolean(),
  createdAt: z.string(),
});
export type TInvitationResponse = z.infer<typeof ZInvitationResponse>;

export const ZInvitationListResponse = z.object({ items: z.array(ZInvitationResponse) });
export type TInvitationListResponse = z.infer<typeof ZInvitationListResponse>;

export const ZAcceptInvitationRequest = z.object({ token: z.string().min(16).max(200) });
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequest>;

export const ZClaimOrganisationRequest = z.object({
  registrationNumber: ZRegistrationNumber,
  message: z.string().trim().min(1).max(2000),
});
export type TClaimOrganisationRequest = z.infer<typeof ZClaimOrganisationRequest>;

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const ZClaimStatus = z.enum(CLAIM_STATUSES);
export type TClaimStatus = z.infer<typeof ZClaimStatus>;

export const ZClaimResponse = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  registrationNumber: z.string().nullable(),
  claimantId: z.string(),
  claimantName: z.string(),
  claimantEmail: z.string(),
  message: z.string(),
  status: ZClaimStatus,
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TClaimResponse = z.infer<typeof ZClaimResponse>;

/**
 * Approving a claim gives the claimant control: they become the owner and whoever owned the
 * organisation before is demoted to a plain member (default) or removed (a squatter).
 */
export const ZApproveClaimQuery = z.object({ previousOwners: z.enum(['demote', 'remove']).default('demote') });
export type TApproveClaimQuery = z.infer<typeof ZApproveClaimQuery>;

export const ZClaimListResponse = z.object({ items: z.array(ZClaimResponse) });
export type TClaimListResponse = z.infer<typeof ZClaimListResponse>;
