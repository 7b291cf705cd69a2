import { zodResolver } from '@hookform/resolvers/zod';
import {
  ZClaimOrganisationRequest,
  ZCreateOrganisationRequest,
  ZInviteMemberRequest,
  ZUpdateOrganisationRequest,
  type TClaimOrganisationRequest,
  type TCreateOrganisationRequest,
  type TInviteMemberRequest,
  type TOrganisationResponse,
  type TOrganisationRole,
  type TOrganisationType,
  type TUpdateOrganisationRequest,
} from '@kopa/shared';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';

/** What the inputs hold: strings everywhere; the shared request schema parses them. */
export interface OrganisationFormValues {
  type: TOrganisationType | '';
  legalName: string;
  registrationNumber: string;
  municipalityCode: string;
  address: string;
  contactEmail: string;
  contactPhone: string;
  description: string;
}

export type OrganisationEditValues = OrganisationFormValues & { version: number };

export function emptyOrganisationValues(): OrganisationFormValues {
  return {
    type: '',
    legalName: '',
    registrationNumber: '',
    municipalityCode: '',
    address: '',
    contactEmail: '',
    contactPhone: '',
    description: '',
  };
}

export function organisationValuesOf(organisation: TOrganisationResponse): OrganisationEditValues {
  return {
    type: organisation.type,
    legalName: organisation.legalName,
    registrationNumber: organisation.registrationNumber ?? '',
    municipalityCode: organisation.municipalityCode,
    address: organisation.address,
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone,
    description: organisation.description,
    version: organisation.version,
  };
}

/**
 * The shared request schemas validate the form as they are: the inputs hold strings and
 * `''` for "not chosen", which the schemas reject with the same messages the API sends.
 * The cast only widens the input type zod infers to what the inputs hold.
 */
function formResolver<TValues extends FieldValues, TOutput>(schema: z.ZodType<TOutput>) {
  return zodResolver(schema as never, ZOD_PARSE_OPTIONS) as unknown as Resolver<TValues, unknown, TOutput>;
}

export const createOrganisationResolver = formResolver<OrganisationFormValues, TCreateOrganisationRequest>(
  ZCreateOrganisationRequest,
);
export const updateOrganisationResolver = formResolver<OrganisationEditValues, TUpdateOrganisationRequest>(
  ZUpdateOrganisationRequest,
);
export const inviteMemberResolver = formResolver<{ email: string; role: TOrganisationRole }, TInviteMemberRequest>(
  ZInviteMemberRequest,
);
export const claimResolver = formResolver<{ registrationNumber: string; message: string }, TClaimOrganisationRequest>(
  ZClaimOrganisationRequest,
);
