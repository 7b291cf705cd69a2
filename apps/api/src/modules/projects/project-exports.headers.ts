import type { TLocale, TProjectStatus, TReportStatus, TTrancheCondition, TTrancheStatus } from '@kopa/shared';

export interface ExportHeaders {
  projects: { file: string; sheet: string; columns: string[] };
  payments: { file: string; sheet: string; columns: string[] };
  reports: { file: string; sheet: string; columns: string[] };
  reportKinds: { interim: string; final: string };
  reportStatuses: Record<TReportStatus, string>;
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
    reports: {
      file: 'parskati',
      sheet: 'Pārskati',
      columns: [
        'Līguma numurs',
        'Organizācija',
        'Pārskats',
        'Iesniegšanas termiņš',
        'Statuss',
        'Nokavēts',
        'Iesniegts',
        'Apstiprināts',
        'Dalībnieki kopā',
        'Pasākumi',
        'Brīvprātīgie',
        'Brīvprātīgo stundas',
        'Izmaksas pārskatā (EUR)',
      ],
    },
    reportKinds: { interim: 'Starpposma pārskats', final: 'Noslēguma pārskats' },
    reportStatuses: { draft: 'Melnraksts', submitted: 'Iesniegts', changes_requested: 'Jālabo', approved: 'Apstiprināts' },
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
    reports: {
      file: 'reports',
      sheet: 'Reports',
      columns: [
        'Agreement number',
        'Organisation',
        'Report',
        'Due',
        'Status',
        'Overdue',
        'Submitted',
        'Approved',
        'Participants in total',
        'Events held',
        'Volunteers',
        'Volunteer hours',
        'Expenses in the report (EUR)',
      ],
    },
    reportKinds: { interim: 'Interim report', final: 'Final report' },
    reportStatuses: { draft: 'Draft', submitted: 'Submitted', changes_requested: 'Changes requested', approved: 'Approved' },
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
