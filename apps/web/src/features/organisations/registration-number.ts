import { registrationNumberError, type TOrganisationType } from '@kopa/shared';

export type RegistrationNumberStatus =
  /** Informal groups have no number: the field is not shown. */
  | { kind: 'hidden' }
  /** Nothing typed yet, or still typing the 11 digits: no verdict so early. */
  | { kind: 'incomplete' }
  | { kind: 'valid'; normalised: string }
  /** A translation key under `validation.` (the shared checker's message). */
  | { kind: 'invalid'; message: string };

/**
 * What the registration-number field shows while the user types: the shared checker's
 * verdict once 11 digits (or something that cannot become a number) are there.
 */
export function registrationNumberStatus(type: TOrganisationType | '', value: string): RegistrationNumberStatus {
  if (type === 'informal_group') return { kind: 'hidden' };
  const normalised = value.replace(/\s+/g, '');
  if (normalised === '') return { kind: 'incomplete' };
  if (/^\d{1,10}$/.test(normalised)) return { kind: 'incomplete' };
  const error = registrationNumberError(normalised);
  return error ? { kind: 'invalid', message: error } : { kind: 'valid', normalised };
}
