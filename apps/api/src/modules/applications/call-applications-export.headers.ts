import type { TApplicationStatus, TLocale, TOrganisationType } from '@kopa/shared';

interface Headers {
  file: string;
  sheet: string;
  columns: [string, string, string, string, string, string, string, string, string, string];
  statuses: Record<TApplicationStatus, string>;
  organisationTypes: Record<TOrganisationType, string>;
}

/** The coordinator's export of a call's applications, in the downloading user's language. */
export const CALL_APPLICATION_EXPORT_HEADERS: Record<TLocale, Headers> = {
  lv: {
    file: 'pieteikumi',
    sheet: 'Pieteikumi',
    columns: [
      'Pieteikuma numurs',
      'Projekta nosaukums',
      'Organizācija',
      'Organizācijas veids',
      'Pašvaldība',
      'E-pasts',
      'Tālrunis',
      'Pieprasītā summa (EUR)',
      'Statuss',
      'Iesniegts',
    ],
    statuses: {
      draft: 'Melnraksts',
      submitted: 'Iesniegts',
      clarification_requested: 'Pieprasīts precizējums',
      eligible: 'Atbilstošs',
      ineligible: 'Neatbilstošs',
      under_review: 'Tiek vērtēts',
      reviewed: 'Novērtēts',
      awarded: 'Atbalstīts',
      waitlisted: 'Rezerves sarakstā',
      rejected: 'Noraidīts',
      withdrawn: 'Atsaukts',
    },
    organisationTypes: {
      association: 'Biedrība',
      foundation: 'Nodibinājums',
      school: 'Skola',
      municipal_institution: 'Pašvaldības iestāde',
      informal_group: 'Neformāla iedzīvotāju grupa',
    },
  },
  en: {
    file: 'applications',
    sheet: 'Applications',
    columns: [
      'Application number',
      'Project title',
      'Organisation',
      'Organisation type',
      'Municipality',
      'E-mail',
      'Phone',
      'Requested (EUR)',
      'Status',
      'Submitted',
    ],
    statuses: {
      draft: 'Draft',
      submitted: 'Submitted',
      clarification_requested: 'Clarification requested',
      eligible: 'Eligible',
      ineligible: 'Ineligible',
      under_review: 'Under review',
      reviewed: 'Reviewed',
      awarded: 'Awarded',
      waitlisted: 'Waiting list',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
    },
    organisationTypes: {
      association: 'Association',
      foundation: 'Foundation',
      school: 'School',
      municipal_institution: 'Municipal institution',
      informal_group: 'Informal group of residents',
    },
  },
};
