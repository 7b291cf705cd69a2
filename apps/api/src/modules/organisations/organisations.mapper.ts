import type {
  TClaimResponse,
  TCreateOrganisationRequest,
  TInvitationResponse,
  TMemberResponse,
  TOrganisationResponse,
  TOrganisationRole,
} from '@kopa/shared';
import type {
  Organisation,
  OrganisationClaim,
  OrganisationInvitation,
  OrganisationMember,
  Prisma,
} from '../../generated/prisma/client';

export function toOrganisationResponse(organisation: Organisation, myRole: TOrganisationRole | null): TOrganisationResponse {
  return {
    id: organisation.id,
    type: organisation.type,
    legalName: organisation.legalName,
    registrationNumber: organisation.registrationNumber,
    municipalityCode: organisation.municipalityCode,
    address: organisation.address,
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone,
    description: organisation.description,
    version: organisation.version,
    myRole,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
  };
}

/** Request → columns (the editable fields; version and membership are the service's). */
export function toOrganisationColumns(input: TCreateOrganisationRequest) {
  return {
    type: input.type,
    legalName: input.legalName,
    registrationNumber: input.type === 'informal_group' ? null : (input.registrationNumber ?? null),
    municipalityCode: input.municipalityCode,
    address: input.address,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    description: input.description,
  } satisfies Prisma.OrganisationUncheckedUpdateInput;
}

export function toMemberResponse(
  member: OrganisationMember & { user: { displayName: string; email: string } },
): TMemberResponse {
  return {
    userId: member.userId,
    displayName: member.user.displayName,
    email: member.user.email,
    role: member.role,
    joinedAt: member.createdAt.toISOString(),
  };
}

export function toInvitationResponse(invitation: OrganisationInvitation, now: Date): TInvitationResponse {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    expired: invitation.expiresAt.getTime() <= now.getTime(),
    createdAt: invitation.createdAt.toISOString(),
  };
}

export type ClaimWithParties = OrganisationClaim & {
  organisation: { legalName: string; registrationNumber: string | null };
  claimant: { displayName: string; email: string; locale: 'lv' | 'en' } | null;
};

export function toClaimResponse(claim: ClaimWithParties): TClaimResponse {
  return {
    id: claim.id,
    organisationId: claim.organisationId,
    organisationName: claim.organisation.legalName,
    registrationNumber: claim.organisation.registrationNumber,
    claimantId: claim.claimantId,
    claimantName: claim.claimant?.displayName ?? '—',
    claimantEmail: claim.claimant?.email ?? '—',
    message: claim.message,
    status: claim.status,
    decidedAt: claim.decidedAt?.toISOString() ?? null,
    createdAt: claim.createdAt.toISOString(),
  };
}
