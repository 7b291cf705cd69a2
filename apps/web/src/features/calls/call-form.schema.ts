import {
  ZCreateCallRequest,
  ZOrganisationType,
  ZUpdateCallRequest,
  centsToEuroInput,
  instantToRigaLocal,
  parseEuroToCents,
  rigaLocalToInstant,
  type TCallResponse,
  type TLocale,
  type TOrganisationType,
} from '@kopa/shared';
import { z } from 'zod';

/**
 * What the call form holds. Field names equal the API request's, so server field errors
 * (`minAwardCents`, `title.lv`) land on the right input; money is typed in euros and times
 * in Riga local time, as people read them.
 */
export interface CallFormValues {
  code: string;
  programmeId: string;
  title: { lv: string; en: string };
  description: { lv: string; en: string };
  eligibleOrganisationTypes: TOrganisationType[];
  eligibleMunicipalityCodes: string[];
  /** Euros as typed, e.g. "1 500,50". */
  budgetEnvelopeCents: string;
  minAwardCents: string;
  maxAwardCents: string;
  ownContributionPercent: number | string;
  overspendTolerancePercent?: number | string;
  maxApplicationsPerOrganisation?: number | string;
  /** `datetime-local` value in Europe/Riga. */
  opensAt: string;
  closesAt: string;
  /** Empty when the call names no contact. */
  contactEmail?: string;
  contactPhone?: string;
  /** The version the editor loaded; absent while creating. */
  version?: number;
}

// Stage one only converts what a person typed; it never rejects. Anything it cannot read
// stays a string, so the shared schema (stage two) reports it on the same field, with all
// other problems at once, by exactly the rules the API applies.
const euroInput = z.string().transform((typed) => parseEuroToCents(typed) ?? typed);
const rigaTimeInput = z
  .string()
  .transform((typed) => (typed ? (rigaLocalToInstant(typed) ?? typed) : typed));
const optionalText = z
  .string()
  .transform((typed): string | null => (typed.trim() === '' ? null : typed.trim()))
  .optional();
const percentInput = z
  .union([z.number(), z.string()])
  .transform((typed) => (typeof typed === 'string' && typed.trim() !== '' ? Number(typed) : typed));

const ZCallFormInput = z.object({
  code: z.string(),
  programmeId: z.string(),
  title: z.object({ lv: z.string(), en: z.string() }),
  description: z.object({ lv: z.string(), en: z.string() }),
  eligibleOrganisationTypes: z.array(ZOrganisationType), // checkboxes offer only valid ones
  eligibleMunicipalityCodes: z.array(z.string()),
  budgetEnvelopeCents: euroInput,
  minAwardCents: euroInput,
  maxAwardCents: euroInput,
  ownContributionPercent: percentInput,
  overspendTolerancePercent: percentInput.optional(),
  maxApplicationsPerOrganisation: percentInput.optional(),
  opensAt: rigaTimeInput,
  closesAt: rigaTimeInput,
  contactEmail: optionalText,
  contactPhone: optionalText,
  version: z.number().optional(),
});

export const ZCallCreateForm = ZCallFormInput.pipe(ZCreateCallRequest);
// An existing call keeps its programme; the update request carries the version instead.
export const ZCallUpdateForm = ZCallFormInput.transform(
  ({ programmeId: _programmeId, ...rest }) => rest,
).pipe(ZUpdateCallRequest);

export function emptyCallFormValues(programmeId = ''): CallFormValues {
  return {
    code: '',
    programmeId,
    title: { lv: '', en: '' },
    description: { lv: '', en: '' },
    eligibleOrganisationTypes: [],
    eligibleMunicipalityCodes: [],
    budgetEnvelopeCents: '',
    minAwardCents: '',
    maxAwardCents: '',
    ownContributionPercent: 0,
    overspendTolerancePercent: 10,
    maxApplicationsPerOrganisation: 1,
    opensAt: '',
    closesAt: '',
    contactEmail: '',
    contactPhone: '',
  };
}

/** `locale` decides the decimal mark people see and type: "3000,50" in Latvian. */
export function callToFormValues(call: TCallResponse, locale: TLocale): CallFormValues {
  return {
    code: call.code,
    programmeId: call.programmeId,
    title: { ...call.title },
    description: { ...call.description },
    eligibleOrganisationTypes: [...call.eligibleOrganisationTypes],
    eligibleMunicipalityCodes: [...call.eligibleMunicipalityCodes],
    budgetEnvelopeCents: centsToEuroInput(call.budgetEnvelopeCents, locale),
    minAwardCents: centsToEuroInput(call.minAwardCents, locale),
    maxAwardCents: centsToEuroInput(call.maxAwardCents, locale),
    ownContributionPercent: call.ownContributionPercent,
    overspendTolerancePercent: call.overspendTolerancePercent,
    maxApplicationsPerOrganisation: call.maxApplicationsPerOrganisation,
    opensAt: instantToRigaLocal(call.opensAt),
    closesAt: instantToRigaLocal(call.closesAt),
    contactEmail: call.contactEmail ?? '',
    contactPhone: call.contactPhone ?? '',
    version: call.version,
  };
}
