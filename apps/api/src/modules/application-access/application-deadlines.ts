import { allQuestions, type TApplicationStatus, type TFormDefinition } from '@kopa/shared';
import type { ApplicationDetail } from './application-access.repository';

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

/** The facts deadlines are decided by, from a loaded application. */
export function deadlineFacts(application: ApplicationDetail): DeadlineFacts {
  const clarification = application.clarifications[0] ?? null;
  return {
    status: application.status,
    call: { status: application.call.status, closesAt: application.call.closesAt },
    openClarification: clarification ? { questionIds: clarification.questionIds, dueAt: clarification.dueAt } : null,
  };
}
