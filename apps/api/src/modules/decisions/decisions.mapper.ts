import { allowedApplicationActions, DECISION_KINDS, type TDecisionKind, type TDecisionResponse } from '@kopa/shared';
import type { Decision } from '../../generated/prisma/client';
import type { DecisionApplication } from './decisions.repository';

export function decisionResponse(decision: Decision, decidedByName: string | null): TDecisionResponse {
  return {
    applicationId: decision.applicationId,
    kind: decision.kind,
    amountCents: decision.amountCents === null ? null : Number(decision.amountCents),
    rationale: decision.rationale,
    overrideReason: decision.overrideReason,
    feedbackEnabled: decision.feedbackEnabled,
    decidedAt: decision.decidedAt.toISOString(),
    decidedByName,
    letterSentAt: decision.letterQueuedAt?.toISOString() ?? null,
  };
}

/** Decisions the workflow table lets staff take from the application's status. */
export function allowedDecisions(status: DecisionApplication['status']): TDecisionKind[] {
  const allowed = new Set<string>(allowedApplicationActions(status, 'staff', true));
  return DECISION_KINDS.filter((kind) => allowed.has(kind));
}

export { projectTitleOf } from '@kopa/shared';

/** What the audit log keeps of an application's decision state. */
export function decisionSnapshot(application: { status: string; awardedCents: bigint | null; decidedAt: Date | null }, decision?: Decision | null) {
  return {
    status: application.status,
    awardedCents: application.awardedCents,
    decidedAt: application.decidedAt,
    decision: decision
      ? { kind: decision.kind, amountCents: decision.amountCents, rationale: decision.rationale, overrideReason: decision.overrideReason, feedbackEnabled: decision.feedbackEnabled }
      : null,
  };
}
