import { PROBLEM_TYPES, type TLocale } from '@kopa/shared';

type Titles = Record<TLocale, string>;

/** Translated `title` for each problem type; the `type` itself never changes. */
export const PROBLEM_TITLES: Record<string, Titles> = {
  [PROBLEM_TYPES.validation]: { lv: 'Dati nav derīgi', en: 'The data is not valid' },
  [PROBLEM_TYPES.unauthenticated]: { lv: 'Nepieciešams pieslēgties', en: 'You need to log in' },
  [PROBLEM_TYPES.forbidden]: { lv: 'Piekļuve liegta', en: 'Access denied' },
  [PROBLEM_TYPES.notFound]: { lv: 'Nav atrasts', en: 'Not found' },
  [PROBLEM_TYPES.conflict]: { lv: 'Konflikts ar esošajiem datiem', en: 'Conflict with existing data' },
  [PROBLEM_TYPES.staleVersion]: {
    lv: 'Kāds cits jau ir mainījis šos datus',
    en: 'Someone else has changed this in the meantime',
  },
  [PROBLEM_TYPES.slotTaken]: {
    lv: 'Šo konsultācijas laiku jau ir aizņēmis kāds cits; izvēlieties citu brīvu laiku',
    en: 'Someone else has already taken this consultation time; choose another free time',
  },
  [PROBLEM_TYPES.invalidTransition]: { lv: 'Šī darbība šobrīd nav atļauta', en: 'This action is not allowed now' },
  [PROBLEM_TYPES.invalidCredentials]: { lv: 'Nepareizs e-pasts vai parole', en: 'Wrong e-mail or password' },
  [PROBLEM_TYPES.signInThrottled]: {
    lv: 'Pārāk daudz neveiksmīgu pieslēgšanās mēģinājumu; mēģiniet vēlāk',
    en: 'Too many failed sign-in attempts; try again later',
  },
  [PROBLEM_TYPES.applicationLimitReached]: {
    lv: 'Organizācijai šajā konkursā jau ir atļautais pieteikumu skaits',
    en: 'The organisation already has as many applications in this call as allowed',
  },
  [PROBLEM_TYPES.emailNotVerified]: { lv: 'E-pasta adrese nav apstiprināta', en: 'The e-mail address is not verified' },
  [PROBLEM_TYPES.accountDeactivated]: { lv: 'Konts ir deaktivizēts', en: 'The account is deactivated' },
  [PROBLEM_TYPES.invalidToken]: { lv: 'Saite nav derīga vai ir novecojusi', en: 'The link is invalid or has expired' },
  [PROBLEM_TYPES.csrf]: { lv: 'Drošības pārbaude neizdevās; atsvaidziniet lapu', en: 'Security check failed; reload the page' },
  [PROBLEM_TYPES.rateLimited]: { lv: 'Pārāk daudz pieprasījumu; mēģiniet vēlāk', en: 'Too many requests; try again later' },
  [PROBLEM_TYPES.payloadTooLarge]: { lv: 'Pieprasījums ir par lielu', en: 'Payload too large' },
  [PROBLEM_TYPES.fileTooLarge]: { lv: 'Datne ir par lielu', en: 'The file is too large' },
  [PROBLEM_TYPES.unsupportedFileType]: { lv: 'Šāda veida datni nevar pievienot', en: 'This type of file cannot be attached' },
  [PROBLEM_TYPES.secondFactorRequired]: {
    lv: 'Ievadiet kodu no autentifikācijas lietotnes',
    en: 'Enter the code from your authenticator app',
  },
  [PROBLEM_TYPES.invalidSecondFactor]: { lv: 'Kods nav pareizs', en: 'The code is not correct' },
  [PROBLEM_TYPES.secondFactorExpired]: {
    lv: 'Pieslēgšanās ir jāsāk no jauna',
    en: 'Please sign in again',
  },
  [PROBLEM_TYPES.totpEnrolmentRequired]: {
    lv: 'Vispirms ieslēdziet divpakāpju pieslēgšanos',
    en: 'Set up two-step sign-in first',
  },
  [PROBLEM_TYPES.reauthenticationRequired]: {
    lv: 'Apstipriniet savu identitāti vēlreiz',
    en: 'Confirm it is you again',
  },
  [PROBLEM_TYPES.internal]: { lv: 'Radās iekšēja kļūda', en: 'An internal error occurred' },
};

export function problemTitle(type: string, locale: TLocale): string {
  return (PROBLEM_TITLES[type] ?? PROBLEM_TITLES[PROBLEM_TYPES.internal])[locale];
}
