/**
 * Automatic reviewer assignment as a pure function (no database, no clock), so the rules
 * can be checked by a property test over random pools:
 * - never a reviewer who is a member of the applying organisation, has a conflict of
 *   interest with it, already holds (or once held and lost) an assignment on it;
 * - every application gets `perApplication` active reviewers, or as many as are eligible;
 * - loads (active assignments in the call) stay as even as the rules allow: no chain of
 *   moves of new assignments could take one from a reviewer and give it to another who
 *   has two fewer. Without exclusions this means loads differ by at most one.
 * Existing assignments are never moved: a reviewer who has started keeps their work.
 */

export interface TAssignmentApplication {
  id: string;
  organisationId: string;
  /** Reviewers actively on it (pending, in progress or submitted). */
  activeReviewerIds: readonly string[];
  /** Reviewers who were on it and left (conflict declared, released): never again. */
  formerReviewerIds: readonly string[];
}

export interface TAssignmentReviewer {
  id: string;
  /** Active assignments in the call right now. */
  load: number;
  /** Organisations the reviewer is a member of. */
  memberOfOrganisationIds: readonly string[];
  /** Organisations the reviewer declared a conflict of interest with. */
  conflictOrganisationIds: readonly string[];
}

export interface TAssignmentPlan {
  assignments: { applicationId: string; reviewerId: string }[];
  /** Applications left with fewer than `perApplication` reviewers: nobody else may review them. */
  unfilled: { applicationId: string; missing: number }[];
  /** Each reviewer's load after the plan. */
  loads: Record<string, number>;
}

/** Whether the reviewer may ever be put on the application (the hard rules). */
export function mayReview(reviewer: TAssignmentReviewer, application: TAssignmentApplication): boolean {
  return (
    !reviewer.memberOfOrganisationIds.includes(application.organisationId) &&
    !reviewer.conflictOrganisationIds.includes(application.organisationId) &&
    !application.activeReviewerIds.includes(reviewer.id) &&
    !application.formerReviewerIds.includes(reviewer.id)
  );
}

/** A small deterministic hash, to spread ties between equally loaded reviewers across applications. */
function tieBreak(applicationId: string, reviewerId: string): number {
  let hash = 2166136261;
  for (const char of `${applicationId}:${reviewerId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function planAssignments(input: {
  applications: readonly TAssignmentApplication[];
  reviewers: readonly TAssignmentReviewer[];
  perApplication: number;
}): TAssignmentPlan {
  const loads = new Map(input.reviewers.map((reviewer) => [reviewer.id, reviewer.load]));
  const eligible = new Map(
    input.applications.map((application) => [
      application.id,
      input.reviewers.filter((reviewer) => mayReview(reviewer, application)).map((reviewer) => reviewer.id),
    ]),
  );
  // New assignments per application (the only ones the balancing may move).
  const added = new Map<string, Set<string>>(input.applications.map((application) => [application.id, new Set()]));
  const unfilled: TAssignmentPlan['unfilled'] = [];

  // Most constrained applications first, so they are not left with only busy reviewers.
  const order = [...input.applications].sort(
    (a, b) => eligible.get(a.id)!.length - eligible.get(b.id)!.length || a.id.localeCompare(b.id),
  );
  for (const application of order) {
    const needed = Math.max(0, input.perApplication - application.activeReviewerIds.length);
    const candidates = [...eligible.get(application.id)!].sort(
      (a, b) => loads.get(a)! - loads.get(b)! || tieBreak(application.id, a) - tieBreak(application.id, b),
    );
    const chosen = candidates.slice(0, needed);
    for (const reviewerId of chosen) {
      added.get(application.id)!.add(reviewerId);
      loads.set(reviewerId, loads.get(reviewerId)! + 1);
    }
    if (chosen.length < needed) unfilled.push({ applicationId: application.id, missing: needed - chosen.length });
  }

  balance(input.applications, eligible, added, loads);

  return {
    assignments: input.applications.flatMap((application) =>
      [...added.get(application.id)!].sort().map((reviewerId) => ({ applicationId: application.id, reviewerId })),
    ),
    unfilled: unfilled.sort((a, b) => a.applicationId.localeCompare(b.applicationId)),
    loads: Object.fromEntries(loads),
  };
}

/**
 * Moves new assignments along chains (reviewer a gives application X to b, b gives Y to c …)
 * while some chain ends at a reviewer with at least two fewer than where it starts. Every
 * move lowers the sum of squared loads, so this ends; when it ends no chain improves anything.
 */
function balance(
  applications: readonly TAssignmentApplication[],
  eligible: Map<string, string[]>,
  added: Map<string, Set<string>>,
  loads: Map<string, number>,
): void {
  const onApplication = (applicationId: string, reviewerId: string, active: readonly string[]) =>
    active.includes(reviewerId) || added.get(applicationId)!.has(reviewerId);
  const activeOf = new Map(applications.map((application) => [application.id, application.activeReviewerIds]));

  for (let improved = true; improved; ) {
    improved = false;
    const byLoad = [...loads.keys()].sort((a, b) => loads.get(b)! - loads.get(a)! || a.localeCompare(b));
    for (const start of byLoad) {
      // Breadth-first search for a chain from `start` to a reviewer with load <= start's load - 2.
      const previous = new Map<string, { from: string; applicationId: string }>();
      const queue = [start];
      const seen = new Set([start]);
      let end: string | null = null;
      while (queue.length > 0 && end === null) {
        const from = queue.shift()!;
        for (const [applicationId, reviewers] of added) {
          if (!reviewers.has(from)) continue;
          for (const to of eligible.get(applicationId)!) {
            if (seen.has(to) || onApplication(applicationId, to, activeOf.get(applicationId)!)) continue;
            seen.add(to);
            previous.set(to, { from, applicationId });
            if (loads.get(to)! <= loads.get(start)! - 2) {
              end = to;
              break;
            }
            queue.push(to);
          }
          if (end !== null) break;
        }
      }
      if (end === null) continue;
      for (let node = end; node !== start; ) {
        const step = previous.get(node)!;
        added.get(step.applicationId)!.delete(step.from);
        added.get(step.applicationId)!.add(node);
        node = step.from;
      }
      loads.set(start, loads.get(start)! - 1);
      loads.set(end, loads.get(end)! + 1);
      improved = true;
      break;
    }
  }
}
