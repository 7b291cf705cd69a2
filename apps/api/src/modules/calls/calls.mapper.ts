import type { TCallResponse, TCreateCallRequest, TPublicCallResponse } from '@kopa/shared';
import type { Call, Prisma } from '../../generated/prisma/client';
import type { PublicCall } from './calls.repository';

function sharedFields(call: Omit<PublicCall, 'programme'>) {
  return {
    code: call.code,
    title: { lv: call.titleLv, en: call.titleEn },
    description: { lv: call.descriptionLv, en: call.descriptionEn },
    eligibleOrganisationTypes: call.eligibleOrganisationTypes,
    eligibleMunicipalityCodes: call.eligibleMunicipalityCodes,
    budgetEnvelopeCents: Number(call.budgetEnvelopeCents),
    minAwardCents: Number(call.minAwardCents),
    maxAwardCents: Number(call.maxAwardCents),
    ownContributionPercent: call.ownContributionPercent,
    overspendTolerancePercent: call.overspendTolerancePercent,
    maxApplicationsPerOrganisation: call.maxApplicationsPerOrganisation,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    contactEmail: call.contactEmail,
    contactPhone: call.contactPhone,
  };
}

export function toCallResponse(call: Call): TCallResponse {
  return {
    ...sharedFields(call),
    id: call.id,
    programmeId: call.programmeId,
    status: call.status,
    version: call.version,
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}

export function toPublicCallResponse(call: PublicCall): TPublicCallResponse {
  return {
    ...sharedFields(call),
    id: call.id,
    status: call.status,
    programmeName: { lv: call.programme.nameLv, en: call.programme.nameEn },
  };
}

/** Request → columns (the editable fields only; status and version are the service's). */
export function toCallColumns(input: Omit<TCreateCallRequest, 'programmeId'>) {
  return {
    code: input.code,
    titleLv: input.title.lv,
    titleEn: input.title.en,
    descriptionLv: input.description.lv,
    descriptionEn: input.description.en,
    eligibleOrganisationTypes: input.eligibleOrganisationTypes,
    eligibleMunicipalityCodes: input.eligibleMunicipalityCodes,
    budgetEnvelopeCents: BigInt(input.budgetEnvelopeCents),
    minAwardCents: BigInt(input.minAwardCents),
    maxAwardCents: BigInt(input.maxAwardCents),
    ownContributionPercent: input.ownContributionPercent,
    overspendTolerancePercent: input.overspendTolerancePercent,
    maxApplicationsPerOrganisation: input.maxApplicationsPerOrganisation,
    opensAt: new Date(input.opensAt),
    closesAt: new Date(input.closesAt),
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
  } satisfies Prisma.CallUncheckedUpdateInput;
}
