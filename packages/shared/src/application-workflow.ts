import { z } from 'zod';
import type { TOrganisationRole } from './organisations';
import type { TApplicationStatus } from './applications';

/**
 * Who takes an action on an application: a member of the applying organisation, programme
 * staff (coordinators of the call's programme), or an assigned reviewer.
 */
export const APPLICATION_ACTORS = ['member', 'staff', 'reviewer'] as const;
export type TApplicationActor = (typeof APPLICATION_ACTORS)[number];

export const APPLICATION_ACTIONS = [
  // applicants
  'edit',
  'submit',
  'withdraw',
  'delete',
  // coordinators: clarifications and eligibility
  'requestClarification',
  'markEligible',
  'markIneligible',
  'revertEligibility',
  // review
  'startReview',
  'completeReview',
  'reopenReview',
  // decisions
  'award',
  'waitlist',
  'reject',
] as const;
export const ZApplicationAction = z.enum(APPLICATION_ACTIONS);
export type TApplicationAction = z.infer<typeof ZApplicationAction>;

export interface TApplicationTransition {
  from: readonly TApplicationStatus[];
  /** null: the action does not move the application to another status (editing answers; deleting a draft removes it). */
  to: TApplicationStatus | null;
  by: readonly TApplicationActor[];
  /** For members: the organisation roles that may take it (owners submit and withdraw). */
  orgRoles?: readonly TOrganisationRole[];
  /** The action is also bounded by a deadline: the call's close instant or the clarification's due date. */
  deadline: boolean;
}

const DECIDABLE: readonly TApplicationStatus[] = ['reviewed', 'awarded', 'waitlisted', 'rejected'];

/**
 * The application workflow as data (CONVENTIONS "State machines are data"): the service
 * asks it before every transition (submit included), the audit log records
 * `application.<action>`, the UI reads `allowedActions` (computed from this table, the
 * caller's role and the server's clock) to show buttons. A transition not listed here
 * is refused.
 */
export const APPLICATION_TRANSITIONS: Record<TApplicationAction, TApplicationTransition> = {
  edit: { from: ['draft', 'clarification_requested'], to: null, by: ['member'], deadline: true },
  /** Owners submit and withdraw on the organisation's behalf; plain members edit. */
  submit: { from: ['draft', 'clarification_requested'], to: 'submitted', by: ['member'], orgRoles: ['owner'], deadline: true },
  withdraw: { from: ['draft', 'submitted', 'clarification_requested'], to: 'withdrawn', by: ['member'], orgRoles: ['owner'], deadline: false },
  /** A draft nobody submitted is removed with its files, also after the call has closed; a submitted one is withdrawn instead. */
  delete: { from: ['draft'], to: null, by: ['member'], orgRoles: ['owner'], deadline: false },
  requestClarification: { from: ['submitted'], to: 'clarification_requested', by: ['staff'], deadline: false },
  markEligible: { from: ['submitted'], to: 'eligible', by: ['staff'], deadline: false },
  markIneligible: { from: ['submitted'], to: 'ineligible', by: ['staff'], deadline: false },
  /** A coordinator corrects an eligibility outcome before review starts. */
  revertEligibility: { from: ['eligible', 'ineligible'], to: 'submitted', by: ['staff'], deadline: false },
  /** Reviewers are assigned. */
  startReview: { from: ['eligible'], to: 'under_review', by: ['staff'], deadline: false },
  /** The last assigned review is submitted. */
  completeReview: { from: ['under_review'], to: 'reviewed', by: ['reviewer', 'staff'], deadline: false },
  /** A coordinator reopens a submitted review, or a replacement reviewer is assigned. */
  reopenReview: { from: ['reviewed'], to: 'under_review', by: ['staff'], deadline: false },
  award: { from: DECIDABLE, to: 'awarded', by: ['staff'], deadline: false },
  waitlist: { from: DECIDABLE, to: 'waitlisted', by: ['staff'], deadline: false },
  reject: { from: DECIDABLE, to: 'rejected', by: ['staff'], deadline: false },
};

export interface TApplicationCaller {
  actor: TApplicationActor;
  /** The member's role in the applying organisation (members only). */
  orgRole?: TOrganisationRole | null;
}

/** Whether the table lets this caller take this action from this status now. */
export function canTakeApplicationAction(
  action: TApplicationAction,
  status: TApplicationStatus,
  caller: TApplicationCaller,
  beforeDeadline: boolean,
): boolean {
  const rule = APPLICATION_TRANSITIONS[action];
  if (!rule.by.includes(caller.actor) || !rule.from.includes(status)) return false;
  if (rule.deadline && !beforeDeadline) return false;
  if (caller.actor === 'member' && rule.orgRoles && !rule.orgRoles.includes(caller.orgRole ?? 'member')) return false;
  return true;
}

/**
 * Actions the table allows for a status and a caller. `beforeDeadline` is whether the
 * relevant deadline (call close for drafts, clarification due date) has not passed.
 */
export function allowedApplicationActions(
  status: TApplicationStatus,
  caller: TApplicationActor | TApplicationCaller,
  beforeDeadline: boolean,
): TApplicationAction[] {
  const who = typeof caller === 'string' ? { actor: caller } : caller;
  return APPLICATION_ACTIONS.filter((action) => canTakeApplicationAction(action, status, who, beforeDeadline));
}
