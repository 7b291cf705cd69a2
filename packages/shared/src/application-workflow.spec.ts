import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, ZApplicationStatus, type TApplicationStatus } from './applications';
import {
  allowedApplicationActions,
  APPLICATION_ACTIONS,
  APPLICATION_TRANSITIONS,
  canTakeApplicationAction,
  type TApplicationCaller,
} from './application-workflow';

const CALLERS: Record<string, TApplicationCaller> = {
  owner: { actor: 'member', orgRole: 'owner' },
  member: { actor: 'member', orgRole: 'member' },
  staff: { actor: 'staff' },
  reviewer: { actor: 'reviewer' },
};

const DECIDABLE = ['reviewed', 'awarded', 'waitlisted', 'rejected'];

/**
 * The whole table written out the other way round: every (action, status, caller, deadline)
 * that is allowed, `deadline` meaning "only before the deadline". Anything not here is refused.
 */
const EXPECTED: { action: string; from: string[]; callers: string[]; onlyBeforeDeadline: boolean }[] = [
  { action: 'edit', from: ['draft', 'clarification_requested'], callers: ['owner', 'member'], onlyBeforeDeadline: true },
  { action: 'submit', from: ['draft', 'clarification_requested'], callers: ['owner'], onlyBeforeDeadline: true },
  { action: 'withdraw', from: ['draft', 'submitted', 'clarification_requested'], callers: ['owner'], onlyBeforeDeadline: false },
  { action: 'delete', from: ['draft'], callers: ['owner'], onlyBeforeDeadline: false },
  { action: 'requestClarification', from: ['submitted'], callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'markEligible', from: ['submitted'], callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'markIneligible', from: ['submitted'], callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'revertEligibility', from: ['eligible', 'ineligible'], callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'startReview', from: ['eligible'], callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'completeReview', from: ['under_review'], callers: ['reviewer', 'staff'], onlyBeforeDeadline: false },
  { action: 'reopenReview', from: ['reviewed'], callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'award', from: DECIDABLE, callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'waitlist', from: DECIDABLE, callers: ['staff'], onlyBeforeDeadline: false },
  { action: 'reject', from: DECIDABLE, callers: ['staff'], onlyBeforeDeadline: false },
];

function expectedAllowed(): Set<string> {
  const allowed = new Set<string>();
  for (const row of EXPECTED) {
    for (const status of row.from) {
      for (const caller of row.callers) {
        allowed.add(`${row.action} ${status} ${caller} before`);
        if (!row.onlyBeforeDeadline) allowed.add(`${row.action} ${status} ${caller} after`);
      }
    }
  }
  return allowed;
}

describe('application workflow table', () => {
  it('allows exactly the listed transitions and refuses every unlisted (status, action, actor, deadline)', () => {
    const actual = new Set<string>();
    let refused = 0;
    for (const action of APPLICATION_ACTIONS) {
      for (const status of APPLICATION_STATUSES) {
        for (const [name, caller] of Object.entries(CALLERS)) {
          for (const beforeDeadline of [true, false]) {
            if (canTakeApplicationAction(action, status, caller, beforeDeadline)) {
              actual.add(`${action} ${status} ${name} ${beforeDeadline ? 'before' : 'after'}`);
            } else refused += 1;
          }
        }
      }
    }
    expect([...actual].sort()).toEqual([...expectedAllowed()].sort());
    expect(refused).toBe(APPLICATION_ACTIONS.length * APPLICATION_STATUSES.length * 4 * 2 - expectedAllowed().size);
  });

  it('moves each action to the listed status', () => {
    expect(Object.fromEntries(Object.entries(APPLICATION_TRANSITIONS).map(([action, rule]) => [action, rule.to]))).toEqual({
      edit: null,
      submit: 'submitted',
      withdraw: 'withdrawn',
      delete: null,
      requestClarification: 'clarification_requested',
      markEligible: 'eligible',
      markIneligible: 'ineligible',
      revertEligibility: 'submitted',
      startReview: 'under_review',
      completeReview: 'reviewed',
      reopenReview: 'under_review',
      award: 'awarded',
      waitlist: 'waitlisted',
      reject: 'rejected',
    });
  });

  it('lets owners submit, withdraw and delete drafts, plain members only edit', () => {
    expect(allowedApplicationActions('draft', CALLERS.owner!, true)).toEqual(['edit', 'submit', 'withdraw', 'delete']);
    expect(allowedApplicationActions('draft', CALLERS.member!, true)).toEqual(['edit']);
    expect(allowedApplicationActions('draft', CALLERS.owner!, false)).toEqual(['withdraw', 'delete']);
    expect(allowedApplicationActions('clarification_requested', CALLERS.member!, true)).toEqual(['edit']);
    expect(allowedApplicationActions('submitted', CALLERS.owner!, false)).toEqual(['withdraw']);
    expect(allowedApplicationActions('withdrawn', CALLERS.owner!, true)).toEqual([]);
  });

  it('treats a member without a known role as a plain member', () => {
    expect(canTakeApplicationAction('submit', 'draft', { actor: 'member' }, true)).toBe(false);
    expect(canTakeApplicationAction('edit', 'draft', { actor: 'member' }, true)).toBe(true);
  });

  it('lets staff request clarification and check eligibility of submitted applications only', () => {
    expect(allowedApplicationActions('submitted', 'staff', false)).toEqual(['requestClarification', 'markEligible', 'markIneligible']);
    expect(allowedApplicationActions('draft', 'staff', true)).toEqual([]);
  });

  it('only names real statuses', () => {
    for (const rule of Object.values(APPLICATION_TRANSITIONS)) {
      for (const status of [...rule.from, ...(rule.to ? [rule.to] : [])]) expect(ZApplicationStatus.parse(status)).toBe(status as TApplicationStatus);
    }
  });
});
