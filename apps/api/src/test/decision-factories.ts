import type { TestContext } from './test-app';
import type { TestClient } from './test-client';
import { createMunicipalities, createProgramme, createUser } from './factories';
import { createOrganisation } from './organisation-factories';
import { createCallWithApplicationForm } from './application-factories';

let referenceCounter = 0;

/**
 * The cast of a decisions test: a closed call (envelope €10 000, awards €500–€3 000, gap 20)
 * with a two-criterion rubric — impact (max 5, weight 2, minimum 3) and budget (max 10,
 * weight 1) — its coordinator, three reviewers, an organisation with a Latvian owner and an
 * English member, an outsider, a coordinator of another programme and an admin.
 */
export async function createDecisionWorld(ctx: TestContext) {
  const { prisma } = ctx;
  await createMunicipalities(prisma);
  const [coordinator, otherCoordinator, reviewerA, reviewerB, reviewerC, admin, owner, member, outsider] = await Promise.all([
    createUser(prisma, { roles: ['coordinator'], displayName: 'Koordinatore Ilze' }),
    createUser(prisma, { roles: ['coordinator'] }),
    createUser(prisma, { roles: ['reviewer'], displayName: 'Vērtētājs Andris' }),
    createUser(prisma, { roles: ['reviewer'], displayName: 'Vērtētāja Baiba' }),
    createUser(prisma, { roles: ['reviewer'], displayName: 'Vērtētājs Cilvēks' }),
    createUser(prisma, { roles: ['admin'] }),
    createUser(prisma, { displayName: 'Anna Īpašniece', locale: 'lv' }),
    createUser(prisma, { displayName: 'Member Person', locale: 'en' }),
    createUser(prisma, { displayName: 'Outsider' }),
  ]);
  const programme = await createProgramme(prisma, [coordinator.id]);
  await createProgramme(prisma, [otherCoordinator.id]);
  const organisation = await createOrganisation(prisma, { owners: [owner.id], members: [member.id] }, { legalName: 'Biedrība „Preiļu kopiena”' });
  const otherOrganisation = await createOrganisation(prisma, { owners: [outsider.id] }, { legalName: 'Cita biedrība' });
  const created = await createCallWithApplicationForm(prisma, programme.id, { status: 'closed' });
  const call = await prisma.call.update({
    where: { id: created.id },
    data: { budgetEnvelopeCents: 1_000_000n, minAwardCents: 50_000n, maxAwardCents: 300_000n, disagreementGap: 20 },
  });
  const impact = await prisma.rubricCriterion.create({
    data: { callId: call.id, position: 1, nameLv: 'Ietekme', nameEn: 'Impact', maxScore: 5, weight: 2, minScore: 3 },
  });
  const budget = await prisma.rubricCriterion.create({
    data: { callId: call.id, position: 2, nameLv: 'Budžets', nameEn: 'Budget', maxScore: 10, weight: 1 },
  });
  const sign = (id: string): Promise<TestClient> => ctx.client().signInAs(id);
  return {
    programme,
    call,
    criteria: { impact, budget },
    organisation,
    otherOrganisation,
    users: { coordinator, otherCoordinator, reviewers: [reviewerA, reviewerB, reviewerC], admin, owner, member, outsider },
    clients: {
      coordinator: await sign(coordinator.id),
      otherCoordinator: await sign(otherCoordinator.id),
      reviewer: await sign(reviewerA.id),
      admin: await sign(admin.id),
      owner: await sign(owner.id),
      member: await sign(member.id),
      outsider: await sign(outsider.id),
      anonymous: ctx.client(),
    },
  };
}

export type DecisionWorld = Awaited<ReturnType<typeof createDecisionWorld>>;

export interface ReviewedApplicationOptions {
  /** One [impact, budget] pair per submitted reviewer (reviewers A, B, C in order). */
  scores?: Array<[number | null, number | null]>;
  requestedCents?: bigint | null;
  status?: 'submitted' | 'eligible' | 'under_review' | 'reviewed' | 'awarded' | 'waitlisted' | 'rejected' | 'withdrawn' | 'draft' | 'ineligible' | 'clarification_requested';
  projectTitle?: string;
  organisationId?: string;
  callId?: string;
}

/**
 * An application with submitted reviews, straight in the database (reviews are the review
 * module's work; here they are given). Every score carries a comment naming its reviewer.
 */
export async function reviewedApplication(ctx: TestContext, world: DecisionWorld, options: ReviewedApplicationOptions = {}) {
  const { prisma } = ctx;
  const number = ++referenceCounter;
  const application = await prisma.application.create({
    data: {
      callId: options.callId ?? world.call.id,
      organisationId: options.organisationId ?? world.organisation.id,
      formVersion: 1,
      status: options.status ?? 'reviewed',
      answers: { project_title: options.projectTitle ?? `Projekts ${number}` },
      referenceNumber: `${world.call.code}-2027-${String(number).padStart(4, '0')}-${Math.random().toString(36).slice(2, 6)}`,
      requestedCents: options.requestedCents === undefined ? 250_000n : options.requestedCents,
      projectTitle: options.projectTitle ?? `Projekts ${number}`,
      submittedAt: new Date(),
    },
  });
  const assignments = [];
  for (const [index, [impact, budget]] of (options.scores ?? [[4, 6], [5, 10]]).entries()) {
    const reviewer = world.users.reviewers[index]!;
    const assignment = await prisma.reviewAssignment.create({
      data: {
        callId: application.callId,
        applicationId: application.id,
        reviewerId: reviewer.id,
        status: 'submitted',
        comment: `Kopumā labi (${reviewer.displayName})`,
        noConflictDeclaredAt: new Date(),
        submittedAt: new Date(),
        scores: {
          create: [
            { criterionId: world.criteria.impact.id, score: impact, comment: `Ietekme: ${reviewer.displayName}` },
            { criterionId: world.criteria.budget.id, score: budget, comment: `Budžets: ${reviewer.displayName}` },
          ],
        },
      },
    });
    assignments.push(assignment);
  }
  return { application, assignments };
}
