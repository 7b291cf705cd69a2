import type { TLocale, TTrancheCondition } from '@kopa/shared';

/**
 * The grant agreement's wording in both languages. Every clause is printed in Latvian and
 * then in English; the Latvian text is binding (the agreement says so itself). Merge fields
 * are filled in by agreement-pdf.ts.
 */
export interface AgreementWording {
  title: string;
  number: string;
  bindingNote: string;
  parties: string;
  funder: string;
  donor: string;
  grantee: string;
  registrationNumber: string;
  noRegistrationNumber: string;
  address: string;
  contactPerson: string;
  subject: string;
  call: string;
  projectTitle: string;
  application: string;
  subjectClause: string;
  funding: string;
  awarded: string;
  fundingClause: string;
  period: string;
  startDate: string;
  endDate: string;
  periodClause: string;
  schedule: string;
  scheduleColumns: { position: string; amount: string; due: string; condition: string };
  conditions: Record<TTrancheCondition, string>;
  scheduleClause: string;
  obligations: string;
  obligationClauses: string[];
  signatures: string;
  signatureLine: string;
  notSet: string;
  version: (version: number, issuedOn: string) => string;
}

export const AGREEMENT_WORDING: Record<TLocale, AgreementWording> = {
  lv: {
    title: 'Līgums par finansējuma piešķiršanu',
    number: 'Līguma numurs',
    bindingNote:
      'Līgums sagatavots latviešu un angļu valodā. Juridiski saistošs ir teksts latviešu valodā; tulkojums angļu valodā ir informatīvs.',
    parties: '1. Līdzēji',
    funder: 'Finansētājs',
    donor: 'Donors',
    grantee: 'Finansējuma saņēmējs',
    registrationNumber: 'Reģistrācijas numurs',
    noRegistrationNumber: 'nav (neformāla grupa)',
    address: 'Adrese',
    contactPerson: 'Kontaktpersona',
    subject: '2. Līguma priekšmets',
    call: 'Konkurss',
    projectTitle: 'Projekta nosaukums',
    application: 'Pieteikuma numurs',
    subjectClause:
      'Finansētājs piešķir un Finansējuma saņēmējs pieņem finansējumu projekta īstenošanai saskaņā ar apstiprināto pieteikumu un tā budžetu.',
    funding: '3. Finansējums',
    awarded: 'Piešķirtā summa',
    fundingClause: 'Finansējumu izmanto tikai apstiprinātā budžeta pozīcijām. Neizlietoto finansējumu atmaksā Finansētājam.',
    period: '4. Projekta īstenošanas laiks',
    startDate: 'Sākums',
    endDate: 'Beigas',
    periodClause: 'Izdevumi ir attiecināmi, ja tie radušies projekta īstenošanas laikā.',
    schedule: '5. Maksājuma daļu grafiks',
    scheduleColumns: { position: 'Nr.', amount: 'Summa', due: 'Termiņš', condition: 'Nosacījums' },
    conditions: {
      none: 'Bez nosacījuma',
      agreement_signed: 'Līgumu parakstījuši abi līdzēji',
      final_report_approved: 'Apstiprināts noslēguma pārskats',
      report_approved: 'Apstiprināts pārskats, kas norādīts grafikā',
    },
    scheduleClause: 'Maksājumu veic uz Finansējuma saņēmēja norādīto kontu, kad izpildīts maksājuma nosacījums.',
    obligations: '6. Līdzēju pienākumi',
    obligationClauses: [
      'Finansējuma saņēmējs īsteno projektu, iesniedz starpposma un noslēguma pārskatus noteiktajos termiņos un glabā izdevumus apliecinošus dokumentus.',
      'Finansējuma saņēmējs rakstiski informē Finansētāju par būtiskām izmaiņām projektā un budžetā pirms to veikšanas.',
      'Finansētājs izvērtē pārskatus un veic maksājumus saskaņā ar maksājumu grafiku.',
    ],
    signatures: '7. Paraksti',
    signatureLine: 'Paraksts, vārds, uzvārds, datums',
    notSet: 'nav noteikts',
    version: (version, issuedOn) => `Redakcija ${version}, sagatavota ${issuedOn}`,
  },
  en: {
    title: 'Grant agreement',
    number: 'Agreement number',
    bindingNote:
      'This agreement is drawn up in Latvian and English. The Latvian text is legally binding; the English translation is for information only.',
    parties: '1. Parties',
    funder: 'Funder',
    donor: 'Donor',
    grantee: 'Grantee',
    registrationNumber: 'Registration number',
    noRegistrationNumber: 'none (informal group)',
    address: 'Address',
    contactPerson: 'Contact person',
    subject: '2. Subject of the agreement',
    call: 'Call',
    projectTitle: 'Project title',
    application: 'Application number',
    subjectClause:
      'The Funder awards and the Grantee accepts a grant for carrying out the project as set out in the approved application and its budget.',
    funding: '3. Funding',
    awarded: 'Amount awarded',
    fundingClause: 'The grant is used only for the lines of the approved budget. Unused funds are returned to the Funder.',
    period: '4. Project period',
    startDate: 'Start',
    endDate: 'End',
    periodClause: 'Costs are eligible when incurred within the project period.',
    schedule: '5. Payment schedule',
    scheduleColumns: { position: 'No.', amount: 'Amount', due: 'Due', condition: 'Condition' },
    conditions: {
      none: 'No condition',
      agreement_signed: 'Agreement signed by both parties',
      final_report_approved: 'Final report approved',
      report_approved: 'The report named in the schedule approved',
    },
    scheduleClause: "Payments are made to the Grantee's stated account once the payment's condition is met.",
    obligations: '6. Obligations of the parties',
    obligationClauses: [
      'The Grantee carries out the project, submits the interim and final reports on time and keeps the documents that prove its costs.',
      'The Grantee informs the Funder in writing of substantial changes to the project and its budget before making them.',
      'The Funder assesses the reports and makes the payments according to the payment schedule.',
    ],
    signatures: '7. Signatures',
    signatureLine: 'Signature, name, date',
    notSet: 'not set',
    version: (version, issuedOn) => `Version ${version}, issued ${issuedOn}`,
  },
};
