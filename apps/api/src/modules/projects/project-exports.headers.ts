import type { TLocale, TProjectStatus, TTrancheCondition, TTrancheStatus } from '@kopa/shared';

export interface ExportHeaders {
  projects: { file: string; sheet: string; columns: string[] };
  payments: { file: string; sheet: string; columns: string[] };
  statuses: Record<TProjectStatus, string>;
  trancheStatuses: Record<TTrancheStatus, string>;
  conditions: Record<TTrancheCondition, string>;
  yes: string;
  no: string;
}

/** The coordinator's exports of a call's projects and payments, in the downloading user's language. */
export const PROJECT_EXPORT_HEADERS: Record<TLocale, ExportHeaders> = {
  lv: {
    projects: {
      file: 'projekti',
      sheet: 'Projekti',
      columns: [
        'Līguma numurs',
        'Projekta nosaukums',
        'Organizācija',
        'Reģistrācijas numurs',
        'Pašvaldība',
        'Statuss',
        'Sākums',
        'Beigas',
        'Finansējuma saņēmējs parakstīja',
        'Finansētājs parakstīja',
        'Piešķirts (EUR)',
        'Izmaksāts (EUR)',
        'Vēl jāizmaksā (EUR)',
      ],
    },
    payments: {
      file: 'maksajuma-dalas',
      sheet: 'Maksājuma daļas',
      columns: [
        'Līguma numurs',
        'Organizācija',
        'Maksājuma daļa',
        'Summa (EUR)',
        'Termiņš',
        'Nosacījums',
        'Nosacījums izpildīts',
        'Statuss',
        'Izmaksāts',
        'Bankas atsauce',
        'Pamatojums',
      ],
    },
    statuses: {
      agreement_pending: 'Gaida līgumu',
      active: 'Īstenošanā',
      final_report_due: 'Gaida noslēguma pārskatu',
      closed: 'Noslēgts',
      suspended: 'Apturēts',
      terminated: 'Pārtraukts',
    },
    trancheStatuses: { planned: 'Plānota', due: 'Jāmaksā', approved: 'Apstiprināta izmaksai', paid: 'Izmaksāta', held: 'Aizturēta', cancelled: 'Atcelta' },
    conditions: { none: 'Bez nosacījuma', agreement_signed: 'Līgums parakstīts', final_report_approved: 'Noslēguma pārskats apstiprināts', report_approved: 'Pārskats apstiprināts' },
    yes: 'Jā',
    no: 'Nē',
  },
  en: {
    projects: {
      file: 'projects',
      sheet: 'Projects',
      columns: [
        'Agreement number',
        'Project title',
        'Organisation',
        'Registration number',
        'Municipality',
        'Status',
        'Start',
        'End',
        'Grantee signed',
        'Funder signed',
        'Awarded (EUR)',
        'Paid (EUR)',
        'Still to pay (EUR)',
      ],
    },
    payments: {
      file: 'payments',
      sheet: 'Payments',
      columns: ['Agreement number', 'Organisation', 'Tranche', 'Amount (EUR)', 'Due', 'Condition', 'Condition met', 'Status', 'Paid on', 'Bank reference', 'Reason'],
    },
    statuses: {
      agreement_pending: 'Agreement pending',
      active: 'Active',
      final_report_due: 'Final report due',
      closed: 'Closed',
      suspended: 'Suspended',
      terminated: 'Terminated',
    },
    trancheStatuses: { planned: 'Planned', due: 'Due', approved: 'Approved', paid: 'Paid', held: 'Held', cancelled: 'Cancelled' },
    conditions: { none: 'No condition', agreement_signed: 'Agreement signed', final_report_approved: 'Final report approved', report_approved: 'Report approved' },
    yes: 'Yes',
    no: 'No',
  },
};
