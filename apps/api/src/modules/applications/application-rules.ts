import {
  allowedApplicationActions,
  APP_TIME_ZONE,
  APPLICATION_TRANSITIONS,
  canTakeApplicationAction,
  type TApplicationAction,
  type TFieldError,
  type TApplicationCaller,
} from '@kopa/shared';
import { Problems } from '../../common/problem/problem.exception';
import { isBeforeDeadline, type DeadlineFacts } from '../application-access';

export function actionsFor(caller: TApplicationCaller, facts: DeadlineFacts, now: Date) {
  return allowedApplicationActions(facts.status, caller, isBeforeDeadline(facts, now));
}

/**
 * The workflow table is the only gate for a transition: refused unless it lists the action
 * for this status, this caller (and organisation role) and, where it has one, before the deadline.
 * A member whose role the table does not name gets 403; everything else 409.
 */
export function assertTransition(action: TApplicationAction, facts: DeadlineFacts, caller: TApplicationCaller, now: Date): void {
  assertRoleMayTake(action, caller);
  if (canTakeApplicationAction(action, facts.status, caller, isBeforeDeadline(facts, now))) return;
  const rule = APPLICATION_TRANSITIONS[action];
  if (rule.from.includes(facts.status) && rule.deadline) {
    throw Problems.invalidTransition(
      facts.status === 'draft' ? 'The call is closed; the application can no longer change.' : 'The clarification due date has passed.',
    );
  }
  throw Problems.invalidTransition(`A ${facts.status} application does not allow "${action}".`);
}

/** The table's organisation roles, checked before the status: a plain member may never submit or withdraw (403). */
export function assertRoleMayTake(action: TApplicationAction, caller: TApplicationCaller): void {
  const roles = APPLICATION_TRANSITIONS[action].orgRoles;
  if (caller.actor === 'member' && roles && !roles.includes(caller.orgRole ?? 'member')) {
    throw Problems.forbidden(`Only ${roles.join(', ')}s of the organisation may ${action} an application.`);
  }
}

/** Why an organisation may not apply to a call (its type and municipality): checked at start and again at submission. */
export function ineligibilityReasons(
  call: { eligibleOrganisationTypes: string[]; eligibleMunicipalityCodes: string[] },
  organisation: { type: string; municipalityCode: string },
): TFieldError[] {
  const reasons: string[] = [];
  if (!call.eligibleOrganisationTypes.includes(organisation.type)) reasons.push('application.ineligible.organisationType');
  if (!call.eligibleMunicipalityCodes.includes(organisation.municipalityCode)) reasons.push('application.ineligible.municipality');
  return reasons.map((message) => ({ path: 'organisationId', code: 'ineligible', message }));
}

/** The calendar year in Riga at an instant (a submission at 00:30 on 1 January Riga time is the new year). */
export function rigaYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: APP_TIME_ZONE, year: 'numeric' }).format(at));
}

export function formatReference(code: string, year: number, sequence: number): string {
  return `${code}-${year}-${String(sequence).padStart(3, '0')}`;
}
