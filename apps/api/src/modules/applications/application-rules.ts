import {
  allowedApplicationActions,
  allQuestions,
  APP_TIME_ZONE,
  type TApplicationActor,
  type TApplicationStatus,
  type TFormDefinition,
} from '@kopa/shared';

export interface DeadlineFacts {
  status: TApplicationStatus;
  call: { status: string; closesAt: Date };
  openClarification: { questionIds: string[]; dueAt: Date } | null;
}

/**
 * Whether the deadline that governs editing and submitting has not passed, by the
 * server's clock: a draft until the call closes (instants compared, the call must still
 * be published), a clarification until its due date.
 */
export function isBeforeDeadline(facts: DeadlineFacts, now: Date): boolean {
  if (facts.status === 'draft') return facts.call.status === 'published' && now.getTime() < facts.call.closesAt.getTime();
  if (facts.status === 'clarification_requested') {
    return facts.openClarification !== null && now.getTime() < facts.openClarification.dueAt.getTime();
  }
  return false;
}

/** The questions the applicant may change now: all in an open draft, the named ones in an open clarification. */
export function editableQuestionIds(form: TFormDefinition, facts: DeadlineFacts, now: Date): string[] {
  if (!isBeforeDeadline(facts, now)) return [];
  if (facts.status === 'draft') return allQuestions(form).map((question) => question.id);
  return facts.openClarification?.questionIds ?? [];
}

export function actionsFor(actor: TApplicationActor, facts: DeadlineFacts, now: Date) {
  return allowedApplicationActions(facts.status, actor, isBeforeDeadline(facts, now));
}

/** The calendar year in Riga at an instant (a submission at 00:30 on 1 January Riga time is the new year). */
export function rigaYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: APP_TIME_ZONE, year: 'numeric' }).format(at));
}

export function formatReference(code: string, year: number, sequence: number): string {
  return `${code}-${year}-${String(sequence).padStart(3, '0')}`;
}
