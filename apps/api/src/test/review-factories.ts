import { Readable } from 'node:stream';
import type { TAnswers } from '@kopa/shared';
import type { PrismaClient, ReviewAssignmentStatus } from '../generated/prisma/client';
import { STORAGE_DRIVER, type StorageDriver } from '../modules/attachments/storage/storage.driver';
import type { TestContext } from './test-app';
import type { TestClient } from './test-client';
import { createUser } from './factories';
import { attachmentTestForm, createCallWithForm, createDraftApplication, createOrganisationWithMembers, SAMPLE_FILES, submitApplicationRow } from './attachment-factories';

/** The attachment test form plus an identifying contact person and a file question hidden from reviewers. */
export function reviewTestForm() {
  const form = attachmentTestForm();
  form.sections[0]!.questions.push(
    { id: 'contact_person', type: 'short_text', label: { lv: 'Kontaktpersona', en: 'Contact person' } } as never,
    { id: 'statutes', type: 'file', label: { lv: 'Statūti', en: 'Statutes' }, maxFiles: 1 } as never,
  );
  return form;
}

export const REVIEW_ANSWERS = (organisationName: string): TAnswers => ({
  title: `Kopienas dārzs — ${organisationName}`,
  has_partner: false,
  contact_person: 'Ilze Bērziņa',
  budget: [{ category: 'materials', description: 'Stādi', quantity: 1, unitCostCents: 100_000, ownContributionCents: 10_000 }],
});

/** Stores a real file through the storage driver and records it on the application. */
export async function storeAttachment(
  ctx: TestContext,
  input: { applicationId: string; questionId: string; fileName: string; kind: 'pdf' | 'png' },
) {
  const storage = ctx.app.get<StorageDriver>(STORAGE_DRIVER);
  const content = SAMPLE_FILES[input.kind];
  const stored = await storage.put(Readable.from(content));
  return ctx.prisma.attachment.create({
    data: {
      applicationId: input.applicationId,
      questionId: input.questionId,
      fileName: input.fileName,
      mimeType: input.kind === 'pdf' ? 'application/pdf' : 'image/png',
      sizeBytes: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
    },
  });
}

/** An eligible application of a new organisation, with a PDF on `documents` and a statutes scan. */
export async function eligibleApplication(ctx: TestContext, callId: string, legalName: string) {
  const { organisation, owner } = await createOrganisationWithMembers(ctx.prisma, { legalName });
  const application = await createDraftApplication(ctx.prisma, { callId, organisationId: organisation.id, createdById: owner.id });
  const documents = await storeAttachment(ctx, { applicationId: application.id, questionId: 'documents', fileName: `${legalName} plāns.pdf`, kind: 'pdf' });
  const statutes = await storeAttachment(ctx, { applicationId: application.id, questionId: 'statutes', fileName: 'statuti.png', kind: 'png' });
  const answers = { ...REVIEW_ANSWERS(legalName), documents: [documents.id], statutes: [statutes.id] };
  const { referenceNumber } = await submitApplicationRow(ctx.prisma, application.id, owner.id, answers);
  await ctx.prisma.application.update({ where: { id: application.id }, data: { status: 'eligible' } });
  return { application: { ...application, referenceNumber }, organisation, owner, documents, statutes };
}

/** A reviewer's assignment straight in the database (for tests that are not about assigning). */
export function createAssignment(
  prisma: PrismaClient,
  input: { callId: string; applicationId: string; reviewerId: string; status?: ReviewAssignmentStatus },
) {
  const status = input.status ?? 'pending';
  return prisma.reviewAssignment.create({
    data: {
      callId: input.callId,
      applicationId: input.applicationId,
      reviewerId: input.reviewerId,
      status,
      noConflictDeclaredAt: status === 'pending' ? null : new Date(),
      submittedAt: status === 'submitted' ? new Date() : null,
    },
  });
}

/**
 * The cast of a review test: a call with two rubric criteria and blind-review settings
 * (identifying `contact_person`, hidden `statutes`), its coordinator and one of another
 * programme, `reviewerCount` reviewers in the pool (every second one reads English),
 * `applicationCount` eligible applications of different organisations, an applicant.
 */
export async function createReviewWorld(
  ctx: TestContext,
  options: { reviewerCount?: number; applicationCount?: number; blindReview?: boolean; reviewersPerApplication?: number } = {},
) {
  const { prisma } = ctx;
  const coordinator = await createUser(prisma, { roles: ['coordinator'], displayName: 'Koordinatore Kristīne' });
  const otherCoordinator = await createUser(prisma, { roles: ['coordinator'] });
  const { call, programme } = await createCallWithForm(prisma, { staffUserIds: [coordinator.id], form: reviewTestForm(), code: 'RV' });
  await createCallWithForm(prisma, { staffUserIds: [otherCoordinator.id], code: 'OT' });
  await prisma.call.update({
    where: { id: call.id },
    data: {
      status: 'closed',
      reviewersPerApplication: options.reviewersPerApplication ?? 2,
      blindReview: options.blindReview ?? false,
      identifyingQuestionIds: ['contact_person'],
      reviewerHiddenQuestionIds: ['statutes'],
      reviewDueAt: new Date('2027-03-01T10:00:00Z'),
    },
  });
  const criteria = await Promise.all([
    prisma.rubricCriterion.create({
      data: { callId: call.id, position: 0, nameLv: 'Atbilstība', nameEn: 'Relevance', maxScore: 10, weight: 2, minScore: 4 },
    }),
    prisma.rubricCriterion.create({
      data: { callId: call.id, position: 1, nameLv: 'Īstenojamība', nameEn: 'Feasibility', maxScore: 5, weight: 1 },
    }),
  ]);
  const reviewers = [];
  for (let i = 0; i < (options.reviewerCount ?? 3); i++) {
    reviewers.push(await createUser(prisma, { roles: ['reviewer'], displayName: `Vērtētājs ${i + 1}`, locale: i % 2 === 1 ? 'en' : 'lv' }));
  }
  await prisma.reviewerPoolMember.createMany({ data: reviewers.map((reviewer) => ({ callId: call.id, userId: reviewer.id })) });
  const applications = [];
  for (let i = 0; i < (options.applicationCount ?? 2); i++) {
    applications.push(await eligibleApplication(ctx, call.id, `Biedrība „Ūdensroze ${i + 1}”`));
  }
  const sign = (id: string): Promise<TestClient> => ctx.client().signInAs(id);
  return {
    programme,
    call: await prisma.call.findUniqueOrThrow({ where: { id: call.id } }),
    criteria,
    reviewers,
    applications,
    users: { coordinator, otherCoordinator, applicant: applications[0]?.owner },
    clients: {
      coordinator: await sign(coordinator.id),
      otherCoordinator: await sign(otherCoordinator.id),
      reviewers: await Promise.all(reviewers.map((reviewer) => sign(reviewer.id))),
      applicant: applications[0] ? await sign(applications[0].owner.id) : ctx.client(),
      anonymous: ctx.client(),
    },
  };
}

export type ReviewWorld = Awaited<ReturnType<typeof createReviewWorld>>;

/** Full scores for the world's two criteria. */
export function fullScores(world: ReviewWorld, score = 4) {
  return world.criteria.map((criterion) => ({ criterionId: criterion.id, score: Math.min(score, criterion.maxScore), comment: 'Pamatots vērtējums.' }));
}
