import type { TDecisionKind, TLocale } from '@kopa/shared';

interface Headers {
  scoresFile: string;
  scoresSheet: string;
  decisionsFile: string;
  decisionsSheet: string;
  rank: string;
  reference: string;
  organisation: string;
  project: string;
  reviewer: string;
  moderated: string;
  reviewerTotal: string;
  applicationTotal: string;
  spread: string;
  disagreement: string;
  status: string;
  requested: string;
  decision: string;
  awarded: string;
  rationale: string;
  letterSent: string;
  yes: string;
  no: string;
  statuses: Record<'reviewed' | 'awarded' | 'waitlisted' | 'rejected', string>;
  kinds: Record<TDecisionKind, string>;
}

/** Column headers of the exports in the downloading user's language (LATVIAN.md terms). */
export const EXPORT_HEADERS: Record<TLocale, Headers> = {
  lv: {
    scoresFile: 'vertejumi',
    scoresSheet: 'Vērtējumi',
    decisionsFile: 'lemumi',
    decisionsSheet: 'Lēmumi',
    rank: 'Vieta',
    reference: 'Pieteikuma numurs',
    organisation: 'Iesniedzējs',
    project: 'Projekts',
    reviewer: 'Vērtētājs',
    moderated: 'Koriģētie kritēriji',
    reviewerTotal: 'Vērtētāja kopvērtējums (0–100)',
    applicationTotal: 'Pieteikuma kopvērtējums (0–100)',
    spread: 'Izkliede',
    disagreement: 'Vērtējumi atšķiras',
    status: 'Statuss',
    requested: 'Pieprasītā summa (EUR)',
    decision: 'Lēmums',
    awarded: 'Piešķirtā summa (EUR)',
    rationale: 'Pamatojums',
    letterSent: 'Vēstule nosūtīta',
    yes: 'Jā',
    no: 'Nē',
    statuses: { reviewed: 'Novērtēts', awarded: 'Atbalstīts', waitlisted: 'Rezerves sarakstā', rejected: 'Noraidīts' },
    kinds: { award: 'Atbalstīt', waitlist: 'Rezerves saraksts', reject: 'Noraidīt' },
  },
  en: {
    scoresFile: 'scores',
    scoresSheet: 'Scores',
    decisionsFile: 'decisions',
    decisionsSheet: 'Decisions',
    rank: 'Rank',
    reference: 'Reference number',
    organisation: 'Applicant',
    project: 'Project',
    reviewer: 'Reviewer',
    moderated: 'Moderated criteria',
    reviewerTotal: 'Reviewer total (0–100)',
    applicationTotal: 'Application total (0–100)',
    spread: 'Spread',
    disagreement: 'Reviewers disagree',
    status: 'Status',
    requested: 'Requested (EUR)',
    decision: 'Decision',
    awarded: 'Awarded (EUR)',
    rationale: 'Rationale',
    letterSent: 'Letter sent',
    yes: 'Yes',
    no: 'No',
    statuses: { reviewed: 'Reviewed', awarded: 'Awarded', waitlisted: 'Waiting list', rejected: 'Rejected' },
    kinds: { award: 'Award', waitlist: 'Waiting list', reject: 'Reject' },
  },
};
