import type { TCallBudgetLine } from '@kopa/shared';

/** The call's live budget line; money stays BigInt until it leaves the API. */
export function budgetLine(envelopeCents: bigint, allocatedCents: bigint): TCallBudgetLine {
  return {
    envelopeCents: Number(envelopeCents),
    allocatedCents: Number(allocatedCents),
    remainingCents: Number(envelopeCents - allocatedCents),
    overAllocated: allocatedCents > envelopeCents,
  };
}

/** A call's decisions and letters are a record once the letters went out. */
export function isCallDecided(status: string): boolean {
  return status === 'decided' || status === 'archived';
}
