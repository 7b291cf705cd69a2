import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayReview, planAssignments, type TAssignmentApplication, type TAssignmentReviewer } from './review-assignment';

/** A random call: organisations, applications, a reviewer pool, memberships and conflicts. */
const world = (options: { constrained: boolean }) =>
  fc
    .record({
      organisations: fc.integer({ min: 1, max: 8 }),
      applications: fc.integer({ min: 0, max: 25 }),
      reviewers: fc.integer({ min: 0, max: 10 }),
      perApplication: fc.integer({ min: 1, max: 4 }),
      seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
    })
    .map(({ organisations, applications, reviewers, perApplication, seed }) => {
      let cursor = 0;
      const pick = (n: number) => seed[cursor++ % seed.length]! % n;
      const apps: TAssignmentApplication[] = Array.from({ length: applications }, (_, i) => ({
        id: `a${String(i).padStart(2, '0')}`,
        organisationId: `o${pick(organisations)}`,
        activeReviewerIds: [],
        formerReviewerIds: [],
      }));
      const pool: TAssignmentReviewer[] = Array.from({ length: reviewers }, (_, i) => ({
        id: `r${String(i).padStart(2, '0')}`,
        load: 0,
        memberOfOrganisationIds: options.constrained && pick(4) === 0 ? [`o${pick(organisations)}`] : [],
        conflictOrganisationIds: options.constrained && pick(3) === 0 ? [`o${pick(organisations)}`, `o${pick(organisations)}`] : [],
      }));
      return { applications: apps, reviewers: pool, perApplication, pick };
    });

type Input = Parameters<typeof planAssignments>[0];
type Plan = ReturnType<typeof planAssignments>;

function expectHardRules(input: Input, plan: Plan) {
  const byId = new Map(input.reviewers.map((reviewer) => [reviewer.id, reviewer]));
  const seen = new Set<string>();
  for (const { applicationId, reviewerId } of plan.assignments) {
    const application = input.applications.find((candidate) => candidate.id === applicationId)!;
    expect(mayReview(byId.get(reviewerId)!, application)).toBe(true);
    expect(seen.has(`${applicationId}:${reviewerId}`)).toBe(false);
    seen.add(`${applicationId}:${reviewerId}`);
  }
}

function expectFilled(input: Input, plan: Plan) {
  for (const application of input.applications) {
    const eligibleCount = input.reviewers.filter((reviewer) => mayReview(reviewer, application)).length;
    const needed = Math.max(0, input.perApplication - application.activeReviewerIds.length);
    const got = plan.assignments.filter((assignment) => assignment.applicationId === application.id).length;
    expect(got).toBe(Math.min(needed, eligibleCount));
  }
}

/** No single new assignment could move to a reviewer with two fewer (the balance rule). */
function expectNoImprovingMove(input: Input, plan: Plan) {
  for (const { applicationId, reviewerId } of plan.assignments) {
    const application = input.applications.find((candidate) => candidate.id === applicationId)!;
    const taken = new Set([
      ...application.activeReviewerIds,
      ...plan.assignments.filter((a) => a.applicationId === applicationId).map((a) => a.reviewerId),
    ]);
    for (const other of input.reviewers) {
      if (taken.has(other.id) || !mayReview(other, application)) continue;
      expect(plan.loads[other.id]!).toBeGreaterThanOrEqual(plan.loads[reviewerId]! - 1);
    }
  }
}

function expectLoadsAddUp(input: Input, plan: Plan) {
  for (const reviewer of input.reviewers) {
    const added = plan.assignments.filter((assignment) => assignment.reviewerId === reviewer.id).length;
    expect(plan.loads[reviewer.id]).toBe(reviewer.load + added);
  }
}

/** Applies a plan: the call after it, as the next round of assignment sees it. */
function applyPlan(input: Input, plan: Plan): Input {
  return {
    ...input,
    applications: input.applications.map((application) => ({
      ...application,
      activeReviewerIds: [
        ...application.activeReviewerIds,
        ...plan.assignments.filter((a) => a.applicationId === application.id).map((a) => a.reviewerId),
      ],
    })),
    reviewers: input.reviewers.map((reviewer) => ({ ...reviewer, load: plan.loads[reviewer.id]! })),
  };
}

describe('planAssignments', () => {
  it('never breaks the conflict and same-organisation rules, fills what it can, keeps loads balanced', () => {
    fc.assert(
      fc.property(world({ constrained: true }), (generated) => {
        const input = { applications: generated.applications, reviewers: generated.reviewers, perApplication: generated.perApplication };
        const plan = planAssignments(input);
        expectHardRules(input, plan);
        expectFilled(input, plan);
        expectNoImprovingMove(input, plan);
        expectLoadsAddUp(input, plan);
      }),
      { numRuns: 300 },
    );
  });

  it('without memberships and conflicts, loads differ by at most one', () => {
    fc.assert(
      fc.property(world({ constrained: false }), (generated) => {
        const input = { applications: generated.applications, reviewers: generated.reviewers, perApplication: generated.perApplication };
        const plan = planAssignments(input);
        const loads = Object.values(plan.loads);
        if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expectFilled(input, plan);
      }),
      { numRuns: 300 },
    );
  });

  it('replaces reviewers who drop out or declare a conflict, keeping the rules and the balance', () => {
    fc.assert(
      fc.property(world({ constrained: true }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (generated, events) => {
        let state: Input = { applications: generated.applications, reviewers: generated.reviewers, perApplication: generated.perApplication };
        state = applyPlan(state, planAssignments(state));
        for (const event of events) {
          const active = state.applications.flatMap((application) => application.activeReviewerIds.map((reviewerId) => ({ application, reviewerId })));
          if (active.length === 0) break;
          const { application, reviewerId } = active[event % active.length]!;
          const conflict = event % 2 === 0;
          // Drop-out releases one assignment; a conflict also bars the reviewer from the whole organisation.
          state = {
            ...state,
            applications: state.applications.map((candidate) =>
              candidate.id === application.id
                ? {
                    ...candidate,
                    activeReviewerIds: candidate.activeReviewerIds.filter((id) => id !== reviewerId),
                    formerReviewerIds: [...candidate.formerReviewerIds, reviewerId],
                  }
                : candidate,
            ),
            reviewers: state.reviewers.map((reviewer) =>
              reviewer.id === reviewerId
                ? {
                    ...reviewer,
                    load: reviewer.load - 1,
                    conflictOrganisationIds: conflict ? [...reviewer.conflictOrganisationIds, application.organisationId] : reviewer.conflictOrganisationIds,
                  }
                : reviewer,
            ),
          };
          const plan = planAssignments(state);
          expectHardRules(state, plan);
          expectFilled(state, plan);
          expectNoImprovingMove(state, plan);
          expectLoadsAddUp(state, plan);
          expect(plan.assignments.some((a) => a.applicationId === application.id && a.reviewerId === reviewerId)).toBe(false);
          state = applyPlan(state, plan);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('prefers the least loaded reviewer for a replacement', () => {
    const plan = planAssignments({
      perApplication: 2,
      applications: [{ id: 'a1', organisationId: 'o1', activeReviewerIds: ['r1'], formerReviewerIds: ['r2'] }],
      reviewers: [
        { id: 'r1', load: 3, memberOfOrganisationIds: [], conflictOrganisationIds: [] },
        { id: 'r2', load: 0, memberOfOrganisationIds: [], conflictOrganisationIds: [] },
        { id: 'r3', load: 4, memberOfOrganisationIds: [], conflictOrganisationIds: [] },
        { id: 'r4', load: 2, memberOfOrganisationIds: [], conflictOrganisationIds: ['o1'] },
        { id: 'r5', load: 3, memberOfOrganisationIds: [], conflictOrganisationIds: [] },
      ],
    });
    expect(plan.assignments).toEqual([{ applicationId: 'a1', reviewerId: 'r5' }]);
  });
});
