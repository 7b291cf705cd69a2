import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Worker } from 'bullmq';
import { registeredRoutes } from '../common/http/route-table';
import { ProducerQueues } from '../jobs/producer-queues';
import { SessionsService } from '../modules/auth/sessions.service';
import { startTestApp, type TestContext } from '../test/test-app';
import type { TestClient } from '../test/test-client';
import { callRequest, createMunicipalities, createProgramme, createUser, TEST_COOKIE_SECRET, TEST_PASSWORD, TEST_TOTP_SECRET } from '../test/factories';
import { createOrganisation, organisationRequest } from '../test/organisation-factories';
import { createCallWithForm, createDraftApplication, SAMPLE_FILES, submitApplicationRow, uploadFile } from '../test/attachment-factories';
import { REVIEW_ANSWERS, reviewTestForm, storeAttachment } from '../test/review-factories';
import { QUESTION } from '../test/consultation-factories';
import { createEvent, eventRequest } from '../test/event-factories';
import { STORAGE_DRIVER, type StorageDriver } from '../modules/attachments/storage/storage.driver';
import { registrationToken } from '../modules/events/event-links';
import { resizePhoto } from '../modules/resource-centres/resource-centre-photo';
import { freshTotpCode } from '../test/fresh-totp-code';
import { totpCodeAt } from '../modules/auth/two-factor/totp';
import { TotpSecretCipher } from '../modules/auth/two-factor/totp-secret-cipher';
import { ACTORS, AUTHORIZATION_MATRIX, type Actor, type MatrixRow, type Outcome } from './authorization-matrix';
import { sampleReportForm } from '../test/report-factories';

/**
 * Calls every route of the running app as every actor of the matrix and checks the outcome
 * against AUTHORIZATION_MATRIX. Bodies are valid (validation never decides instead of
 * authorization); objects a call would use up (withdraw, delete, approve …) are made fresh
 * for each actor; routes that end a session or an account run last, on a session of their own.
 */
jest.setTimeout(300_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The Riga calendar date of an instant, YYYY-MM-DD. */
const rigaDate = (instant: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date(instant));
const PDF_UPLOAD = { name: 'plans.pdf', content: SAMPLE_FILES.pdf, contentType: 'application/pdf' };
let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

type World = Awaited<ReturnType<typeof createWorld>>;
type Params = Record<string, string>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Recipe {
  /** 1 reads, 2 writes (default by method), 3 what ends the caller's session or credentials, 4 erasure. */
  phase?: number;
  /** Path parameters (beyond the defaults), made per actor: fresh objects for calls that use them up. */
  params?: (w: World, actor: Actor) => Params | Promise<Params>;
  query?: string | ((w: World) => string);
  body?: (w: World, actor: Actor, params: Params) => unknown;
  /** Send on a session of the actor's own (the call signs in, out, or changes the cookie). */
  ownSession?: boolean;
  /** multipart upload of this file instead of JSON (field `file` unless named). */
  upload?: { file: { name: string; content: Buffer; contentType: string }; field?: string };
  /** Literal URL for routes whose pattern is a wildcard. */
  url?: string;
  /** Statuses that also show an `ok` caller was let through (the route is public and the token decides). */
  alsoOk?: number[];
  /** Why no allowed caller can succeed here (they all meet a state rule, 409); otherwise one of them must get 2xx. */
  stateRule?: string;
}

const criteriaScores = (w: World) => w.criteria.map((criterion) => ({ criterionId: criterion.id, score: 3, comment: 'Pamatots.' }));
const letterText = { subject: { lv: 'Lēmums', en: 'Decision' }, body: { lv: 'Labdien, {{organisation}}!', en: 'Hello, {{organisation}}!' } };

/** The TOTP code of the actor's current secret (staff: enrolled by createUser; applicants: by the enrolment row). */
async function currentCode(w: World, actor: Actor): Promise<string> {
  const user = actor === 'anonymous' ? null : await w.prisma.user.findUniqueOrThrow({ where: { id: w.users[actor].id } });
  const secret = user?.totpSecret ? new TotpSecretCipher(TEST_COOKIE_SECRET).decrypt(user.totpSecret) : null;
  // The API takes each code once per account: hand out a time step this account has not used.
  return freshTotpCode(secret ?? TEST_TOTP_SECRET, actor);
}

/** A finished export of C's applications list, asked for by the coordinator of P, with its file in storage. */
async function coordinatorExport(w: World): Promise<Params> {
  const stored = await w.storage.put(Readable.from(['Pieteikuma numurs\r\n']));
  const { id } = await w.prisma.tableExport.create({
    data: {
      kind: 'applications', format: 'csv', callId: w.call.id, query: { format: 'csv' }, requestedById: w.users.coordinator.id, status: 'ready',
      fileName: 'pieteikumi.csv', contentType: 'text/csv; charset=utf-8', storageKey: stored.key, sizeBytes: stored.size, finishedAt: new Date(), expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  return { id };
}

/** Asking for an export: the earlier ones are dropped first, so the per-user limit of three in progress is never what answers. */
const exportRequest: Recipe = {
  params: async (w) => {
    await w.prisma.tableExport.deleteMany({ where: { status: { in: ['queued', 'running'] } } });
    return {};
  },
};

/** How to call each route; a route without an entry is called with default parameters and no body. */
const RECIPES: Record<string, Recipe> = {
  'POST /api/calls/:callId/applications/export': exportRequest,
  'POST /api/calls/:callId/exports/scores': exportRequest,
  'POST /api/calls/:callId/exports/decisions': exportRequest,
  'POST /api/calls/:callId/projects/export': exportRequest,
  'POST /api/calls/:callId/projects/payments/export': exportRequest,
  'POST /api/calls/:callId/projects/reports/export': exportRequest,
  'GET /api/exports/:id': { params: coordinatorExport },
  'GET /api/exports/:id/file': { params: coordinatorExport },
  // Public either way; under load its database probe may time out (503 "down"), which is not an authorization answer.
  'GET /api/health/ready': { alsoOk: [503] },
  'GET /api/docs/*': { url: '/api/docs/swagger-ui.css' },
  'GET /api/docs/docs/*': { url: '/api/docs/docs/swagger-ui.css', alsoOk: [404] },
  // Swagger UI registers the route, but swagger-ui-dist ships no LICENSE file: 404 for everyone alike.
  'GET /api/docs/LICENSE': { alsoOk: [404] },

  'POST /api/auth/register': {
    ownSession: true,
    body: () => ({ email: `new-${unique()}@example.test`, password: 'a-long-and-unusual-passphrase-42', displayName: 'Jauns Lietotājs' }),
  },
  'POST /api/auth/verify-email': { ownSession: true, body: () => ({ token: 'x'.repeat(32) }), alsoOk: [400] },
  'POST /api/auth/resend-verification': { ownSession: true, body: () => ({ email: `nobody-${unique()}@example.test` }) },
  'POST /api/auth/login': { ownSession: true, body: (w) => ({ email: w.loginUser.email, password: TEST_PASSWORD }) },
  'POST /api/auth/forgot-password': { ownSession: true, body: () => ({ email: `nobody-${unique()}@example.test` }) },
  'POST /api/auth/reset-password': { ownSession: true, body: () => ({ token: 'x'.repeat(32), password: 'a-long-and-unusual-passphrase-42' }), alsoOk: [400] },
  'POST /api/auth/logout': { ownSession: true },
  'PATCH /api/auth/me': { body: () => ({ locale: 'lv' }) },
  'POST /api/auth/change-password': { phase: 3, ownSession: true, body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'another-long-passphrase-77' }) },
  'DELETE /api/auth/sessions/:id': { params: async (w) => ({ id: await w.ownerSession() }) },
  'POST /api/auth/login/second-factor': {
    stateRule: 'every actor’s session is fully signed in already',
    ownSession: true, body: () => ({ code: totpCodeAt(TEST_TOTP_SECRET, new Date()) }) },
  'POST /api/auth/two-factor/enrolment': {},
  'POST /api/auth/two-factor/enrolment/confirm': {
    // The code of the secret the enrolment row (just before) gave this user; staff are enrolled already (409).
    body: async (w, actor) => ({ code: await currentCode(w, actor) }),
  },
  'POST /api/auth/two-factor/recovery-codes': {},
  'POST /api/auth/two-factor/disable': { phase: 3, ownSession: true, body: () => ({}) },
  'POST /api/auth/reauthenticate': { ownSession: true, body: async (w, actor) => ({ password: TEST_PASSWORD, code: await currentCode(w, actor) }) },
  'POST /api/account/erasure': { phase: 4, ownSession: true, body: (w, actor) => ({ confirmEmail: actor === 'anonymous' ? 'nobody@example.test' : w.users[actor].email }) },
  'PUT /api/notifications/preferences': { body: () => ({ items: [{ category: 'applications', email: true }] }) },

  'POST /api/calls': { body: (w) => w.callBody({ programmeId: w.programme.id }) },
  'PUT /api/calls/:id': { params: async (w) => ({ id: (await w.freshCall('draft')).id }), body: (w) => w.callBody({ version: 1 }) },
  'POST /api/calls/:id/clone': {},
  'POST /api/calls/:id/publish': { params: async (w) => ({ id: (await w.freshCall('draft')).id }), body: () => ({ version: 1 }) },
  'POST /api/calls/:id/close': { params: async (w) => ({ id: (await w.freshCall('published')).id }), body: () => ({ version: 1 }) },
  'PUT /api/calls/:id/form': {
    params: async (w) => ({ id: (await w.freshCall('draft')).id }),
    body: async (w, _actor, params) => {
      const form = await w.prisma.callForm.findFirstOrThrow({ where: { callId: params.id } });
      return { definition: reviewTestForm(), baseVersion: 1, baseUpdatedAt: form.updatedAt.toISOString() };
    },
  },

  'POST /api/organisations': { body: () => organisationRequest() },
  'PUT /api/organisations/:id': {
    body: async (w) => {
      const organisation = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.organisation.id } });
      const { id: _id, version, createdAt: _c, updatedAt: _u, ...fields } = organisation;
      return { ...fields, version };
    },
  },
  'PATCH /api/organisations/:id/members/:userId': { params: async (w) => ({ userId: (await w.freshMember()).id }), body: () => ({ role: 'owner' }) },
  'DELETE /api/organisations/:id/members/:userId': { params: async (w) => ({ userId: (await w.freshMember()).id }) },
  'POST /api/organisations/:id/invitations': { body: () => ({ email: `invitee-${unique()}@example.test`, role: 'member' }) },
  'DELETE /api/organisations/:id/invitations/:invitationId': { params: async (w) => ({ invitationId: (await w.freshInvitation()).id }) },
  'POST /api/invitations/accept': { body: () => ({ token: 'x'.repeat(32) }), alsoOk: [400] },
  'POST /api/organisation-claims': {
    body: async (w) => ({ registrationNumber: (await w.freshOrganisation()).registrationNumber, message: 'Šī ir mūsu biedrība.' }),
  },
  'POST /api/organisation-claims/:id/approve': { params: async (w) => ({ id: (await w.freshClaim()).id }), body: () => ({}) },
  'POST /api/organisation-claims/:id/reject': { params: async (w) => ({ id: (await w.freshClaim()).id }), body: () => ({}) },

  'POST /api/applications': { body: async (w) => ({ callId: (await w.freshCall('published')).id, organisationId: w.organisation.id }) },
  'PATCH /api/applications/:id/answers': {
    params: (w) => ({ id: w.draft.id }),
    body: async (w) => {
      const draft = await w.prisma.application.findUniqueOrThrow({ where: { id: w.draft.id } });
      const versions = draft.fieldVersions as Record<string, number>;
      return { changes: { title: `Nosaukums ${unique()}` }, baseFieldVersions: { title: versions.title ?? 0 } };
    },
  },
  'POST /api/applications/:id/submit': { params: async (w) => ({ id: (await w.freshDraft()).id }), body: () => ({}) },
  'DELETE /api/applications/:id': { params: async (w) => ({ id: (await w.freshDraft()).id }) },
  'POST /api/applications/:id/withdraw': { params: async (w) => ({ id: (await w.freshSubmitted()).id }), body: () => ({ reason: 'Mainījās plāni.' }) },
  'POST /api/applications/:id/clarifications': {
    params: async (w) => ({ id: (await w.freshSubmitted()).id }),
    body: () => ({ questionIds: ['title'], message: 'Lūdzu precizējiet nosaukumu.', dueAt: new Date(Date.now() + 7 * DAY).toISOString() }),
  },
  'GET /api/applications/:id/revisions/compare': { query: '?from=1&to=1' },
  'POST /api/applications/:applicationId/attachments': { upload: { file: PDF_UPLOAD }, params: (w) => ({ applicationId: w.draft.id }), query: '?questionId=documents' },
  'DELETE /api/attachments/:id': { params: async (w) => ({ id: (await w.freshAttachment()).id }) },

  'PUT /api/calls/:id/eligibility-checklist': {
    body: async (w) => ({ version: (await w.prisma.call.findUniqueOrThrow({ where: { id: w.call.id } })).version, items: [{ id: 'statutes', lv: 'Statūti', en: 'Statutes' }] }),
  },
  'POST /api/calls/:id/eligibility/mark-passing-eligible': {
    stateRule: 'the ids must be exactly the passing set the coordinator saw, which the other rows keep changing',
    body: async (w) => ({ applicationIds: [(await w.freshSubmitted()).id] }),
  },
  'GET /api/applications/:id/eligibility': { params: (w) => ({ id: w.submitted.id }) },
  'PUT /api/applications/:id/eligibility/checklist': {
    params: (w) => ({ id: w.submitted.id }),
    body: async (w) => ({ version: (await w.prisma.eligibilityCheck.findUnique({ where: { applicationId: w.submitted.id } }))?.version ?? 1, ticks: {} }),
  },
  'POST /api/applications/:id/eligibility/mark-eligible': { params: async (w) => ({ id: (await w.freshSubmitted()).id }), body: () => ({}) },
  'POST /api/applications/:id/eligibility/mark-ineligible': {
    params: async (w) => ({ id: (await w.freshSubmitted()).id }),
    body: () => ({ reason: 'Neatbilst nolikumam.' }),
  },
  'POST /api/applications/:id/eligibility/revert': {
    params: async (w) => ({ id: (await w.freshSubmitted('eligible')).id }),
    body: () => ({}),
  },

  'PUT /api/calls/:callId/review-settings': {
    body: async (w) => ({
      version: (await w.prisma.call.findUniqueOrThrow({ where: { id: w.call.id } })).version,
      reviewersPerApplication: 2,
      reviewDueAt: null,
      disagreementGap: 20,
      blindReview: false,
      identifyingQuestionIds: ['contact_person'],
      reviewerHiddenQuestionIds: ['statutes'],
    }),
  },
  'PUT /api/calls/:callId/rubric': {
    body: async (w) => ({
      version: (await w.prisma.call.findUniqueOrThrow({ where: { id: w.call.id } })).version,
      criteria: w.criteria.map((criterion) => ({
        id: criterion.id,
        name: { lv: criterion.nameLv, en: criterion.nameEn },
        guidance: { lv: '', en: '' },
        maxScore: criterion.maxScore,
        weight: criterion.weight,
        minScore: criterion.minScore,
      })),
    }),
  },
  'POST /api/calls/:callId/assignments': {
    body: async (w) => ({ applicationId: (await w.freshSubmitted('eligible')).id, reviewerIds: [w.users.reviewerUnassigned.id] }),
  },
  'POST /api/calls/:callId/assignments/auto': { body: () => ({}) },
  'POST /api/review-assignments/:id/release': { params: async (w) => ({ id: (await w.freshAssignment('in_progress')).id }), body: () => ({ reason: 'Slimības dēļ', replace: false }) },
  'POST /api/review-assignments/:id/reopen': { params: async (w) => ({ id: (await w.freshAssignment('submitted')).id }), body: () => ({ reason: 'Jāpārskata.' }) },
  'POST /api/calls/:callId/reviewers': { body: async (w) => ({ userId: (await createUser(w.prisma, { roles: ['reviewer'] })).id }) },
  'DELETE /api/calls/:callId/reviewers/:userId': { params: async (w) => ({ userId: (await w.freshPoolReviewer()).id }) },
  'POST /api/calls/:callId/reviewers/invite': { body: () => ({ email: `reviewer-${unique()}@example.test`, displayName: 'Jauns Vērtētājs', locale: 'lv' }) },
  'POST /api/reviews/assignments/:id/declaration': {
    params: async (w, actor) => ({ id: actor === 'reviewerConflicted' ? w.conflictedAssignment.id : (await w.freshPendingAssignment()).id }),
    body: () => ({ conflict: false }),
  },
  'PATCH /api/reviews/assignments/:id/draft': {
    body: async (w) => ({ version: (await w.prisma.reviewAssignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).version, comment: 'Labs projekts.', scores: criteriaScores(w) }),
  },
  'POST /api/reviews/assignments/:id/submit': {
    body: async (w) => ({ version: (await w.prisma.reviewAssignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).version }),
  },

  'PUT /api/applications/:id/scores/:assignmentId/:criterionId/moderation': { body: () => ({ moderatedScore: 4, reason: 'Saskaņots ar komisiju.' }) },
  'PUT /api/applications/:id/scores/:assignmentId/:criterionId/shared': { body: () => ({ shared: true }) },
  'POST /api/applications/:id/decision': {
    params: async (w) => ({ id: (await w.freshSubmitted('reviewed')).id }),
    body: () => ({ kind: 'reject', rationale: 'Zems vērtējums.' }),
  },
  'GET /api/applications/:id/decision': { params: (w) => ({ id: w.decided.id }) },
  'PATCH /api/projects/:id': { params: async (w) => ({ id: (await w.freshProject()).id }), body: () => ({ version: 1, startDate: '2027-03-01' }) },
  'POST /api/projects/:id/transitions': {
    params: async (w) => ({ id: (await w.freshProject()).id }),
    body: () => ({ version: 1, action: 'terminate', reason: 'Biedrība likvidēta.' }),
  },
  'PUT /api/projects/:id/tranches': {
    params: async (w) => ({ id: (await w.freshProject()).id }),
    body: () => ({ version: 1, planned: [{ amountCents: 1_000, dueDate: null, condition: 'none' }] }),
  },
  'POST /api/projects/:id/tranches/:trancheId/transitions': {
    params: async (w) => {
      const project = await w.freshProject();
      return { id: project.id, trancheId: project.tranches[0]!.id };
    },
    body: () => ({ version: 1, action: 'markDue' }),
  },
  'POST /api/projects/:id/agreement/issue': { params: async (w) => ({ id: (await w.freshAgreementProject()).id }) },
  'POST /api/projects/:id/agreement/signed-copies': { upload: { file: PDF_UPLOAD }, params: async (w) => ({ id: (await w.freshAgreementProject()).id }) },
  'PUT /api/projects/:id/budget': {
    params: async (w) => ({ id: (await w.freshProject()).id }),
    body: () => ({ version: 1, reason: 'Pārdale pēc līguma.', lines: [{ category: 'materials', description: 'Stādi', amountCents: 1_000 }] }),
  },
  'POST /api/projects/:id/budget-changes': {
    params: async (w) => ({ id: (await w.freshActiveProject()).project.id }),
    body: async (w, _actor, params) => {
      const line = await w.prisma.projectBudgetLine.findFirstOrThrow({ where: { projectId: params.id } });
      return { reason: 'Pārdale', items: [{ lineId: line.id, fromCents: Number(line.amountCents), toCents: Number(line.amountCents) - 100 }] };
    },
  },
  'POST /api/projects/:id/budget-changes/:changeId/transitions': {
    params: async (w) => {
      const { project, line } = await w.freshActiveProject();
      const change = await w.prisma.projectBudgetChange.create({
        data: { projectId: project.id, reason: 'Pārdale', items: { create: [{ lineId: line.id, fromCents: line.amountCents, toCents: line.amountCents }] } },
      });
      return { id: project.id, changeId: change.id };
    },
    body: (_w, actor) => (actor === 'coordinator' || actor === 'otherCoordinator' ? { action: 'approve' } : { action: 'withdraw' }),
  },
  'POST /api/projects/:id/expenses': {
    params: async (w) => ({ id: (await w.freshActiveProject()).project.id }),
    body: async (w, _actor, params) => ({
      budgetLineId: (await w.prisma.projectBudgetLine.findFirstOrThrow({ where: { projectId: params.id } })).id,
      spentOn: '2026-11-02',
      description: 'Stādi',
      amountCents: 1_000,
    }),
  },
  'PATCH /api/projects/:id/expenses/:expenseId': {
    params: async (w) => w.freshExpense(),
    body: async (w, _actor, params) => {
      const expense = await w.prisma.projectExpense.findUniqueOrThrow({ where: { id: params.expenseId } });
      return { version: expense.version, budgetLineId: expense.budgetLineId, spentOn: '2026-11-03', description: 'Stādi un zeme', amountCents: 1_500 };
    },
  },
  'DELETE /api/projects/:id/expenses/:expenseId': { params: async (w) => w.freshExpense() },
  'POST /api/projects/:id/expenses/:expenseId/receipts': { params: async (w) => w.freshExpense(), upload: { file: PDF_UPLOAD } },
  'GET /api/projects/:id/expenses/:expenseId/receipts/:receiptId': { params: async (w) => w.freshReceipt() },
  'DELETE /api/projects/:id/expenses/:expenseId/receipts/:receiptId': { params: async (w) => w.freshReceipt() },
  'PUT /api/calls/:callId/report-form': {
    params: async (w) => ({ callId: (await w.freshCall('draft')).id }),
    body: () => ({ definition: sampleReportForm(), baseVersion: null }),
  },
  'PUT /api/calls/:callId/report-schedule': {
    params: async (w) => ({ callId: (await w.freshCall('draft')).id }),
    body: () => ({ version: 1, interimOffsetsDays: [90], finalOffsetDays: 30 }),
  },
  'POST /api/projects/:id/reports': {
    params: async (w) => ({ id: (await w.freshProject()).id }),
    body: () => ({ version: 1, kind: 'interim', dueDate: '2027-06-01', reason: 'Vasaras nometne.' }),
  },
  'PATCH /api/projects/:id/reports/:reportId': {
    params: (w) => w.freshReport(),
    body: () => ({ version: 1, dueDate: '2027-06-15', reason: 'Pārcelts.' }),
  },
  'POST /api/projects/:id/reports/:reportId/removal': { params: (w) => w.freshReport(), body: () => ({ version: 1, reason: 'Atcelts.' }) },
  'PATCH /api/reports/:reportId': { body: () => ({ answers: {}, indicators: { eventsHeld: 2 }, baseFieldVersions: {} }) },
  'POST /api/reports/:reportId/transitions': {
    stateRule: 'the world’s report is a draft: a coordinator cannot approve it yet',
    body: async (w) => ({ version: (await w.prisma.projectReport.findUniqueOrThrow({ where: { id: w.report.id } })).version, action: 'approve' }),
  },
  'GET /api/reports/:reportId/compare': { query: '?from=1&to=1' },
  'GET /api/applications/:id/eligibility-outcome': { params: (w) => ({ id: w.decided.id }) },
  'PUT /api/calls/:callId/letter-templates/:kind': { body: () => letterText },
  'POST /api/calls/:callId/letters/preview': { body: (w) => ({ applicationId: w.decided.id }) },
  'POST /api/calls/:callId/letters/send': { stateRule: 'the world’s only decision has its letter sent already', body: () => ({}) },

  'PUT /api/resource-centres/:id': {
    body: async (w) => {
      const centre = await w.prisma.resourceCentre.findUniqueOrThrow({ where: { id: w.centre.id } });
      return {
        nameLv: centre.nameLv,
        nameEn: 'Matrix community resource centre',
        address: centre.address,
        activitiesLv: centre.activitiesLv,
        activitiesEn: 'pottery',
        descriptionLv: '',
        descriptionEn: '',
        openingHoursLv: 'P.–Pk. 10:00–18:00',
        openingHoursEn: '',
        contactEmail: 'krc@example.test',
        contactPhone: '',
        version: centre.version,
      };
    },
  },
  'PUT /api/resource-centres/:id/photo': { upload: { field: 'photo', file: { name: 'photo.png', content: SAMPLE_FILES.png, contentType: 'image/png' } } },

  'POST /api/consultations/slots': {
    body: () => ({
      date: rigaDate(Date.now() + 200 * DAY),
      time: '10:00',
      lengthMinutes: 60,
      weeks: 1,
      mode: 'online',
      meetingUrl: 'https://meet.example.test/matrica',
      topics: ['budget'],
    }),
  },
  'DELETE /api/consultations/slots/:id': { params: async (w) => ({ id: (await w.freshSlot()).id }) },
  'GET /api/consultations/agenda': { query: () => `?from=${rigaDate(Date.now())}&days=14` },
  'POST /api/consultations/bookings': {
    params: async (w) => ({ slotId: (await w.freshSlot()).id }),
    // Coordinators book on behalf of a member of O; everyone else for themselves.
    body: (w, actor, params) => ({
      slotId: params.slotId,
      organisationId: w.organisation.id,
      topic: 'budget',
      question: QUESTION,
      ...(actor === 'coordinator' || actor === 'otherCoordinator' ? { contactUserId: w.users.member.id } : {}),
    }),
  },
  'GET /api/consultations/bookings': { query: (w) => `?organisationId=${w.organisation.id}` },
  'POST /api/consultations/bookings/:id/cancel': { params: async (w) => ({ id: (await w.freshBooking()).id }), body: () => ({}) },
  'POST /api/consultations/bookings/:id/reschedule': {
    params: async (w) => ({ id: (await w.freshBooking()).id, slotId: (await w.freshSlot()).id }),
    body: (_w, _actor, params) => ({ slotId: params.slotId }),
  },
  'PUT /api/consultations/bookings/:id/record': {
    params: async (w) => ({ id: (await w.freshBooking({ past: true })).id }),
    body: () => ({ attendance: 'attended', outcome: 'Izrunājām budžetu.', followUpActions: '', privateNotes: 'Vajag vēlreiz.' }),
  },

  'POST /api/events': { body: () => eventRequest() },
  'PUT /api/events/:id': { params: async (w) => ({ id: (await w.freshEvent()).id }), body: () => eventRequest({ capacity: 30 }) },
  'POST /api/events/:id/registrations': {
    // Accounts register as themselves (the owner is registered already: 409); the visitor gives a name and an address.
    body: (_w, actor) => ({ participantGroup: 'ngo_members', ...(actor === 'anonymous' ? { name: 'Viesis Jānis', email: `visitor-${unique()}@example.test` } : {}) }),
  },
  'DELETE /api/events/:id/registrations/mine': { params: async (w, actor) => ({ id: (await w.freshEvent(actor)).id }) },
  'POST /api/events/registrations/confirm': {
    params: async (w) => ({ registrationId: (await w.freshEventRegistration('pending_confirmation')).id }),
    body: (_w, _actor, params) => ({ registrationId: params.registrationId, token: registrationToken(TEST_COOKIE_SECRET, 'confirm', params.registrationId!) }),
  },
  'POST /api/events/registrations/cancel': {
    params: async (w) => ({ registrationId: (await w.freshEventRegistration('confirmed')).id }),
    body: (_w, _actor, params) => ({ registrationId: params.registrationId, token: registrationToken(TEST_COOKIE_SECRET, 'cancel', params.registrationId!) }),
  },
  // The owner's registration on E (checked in): the signed link of the e-mail; a wrong token answers 404 to everyone alike.
  'GET /api/events/registrations/:registrationId/certificate': {
    query: (w) => `?token=${registrationToken(TEST_COOKIE_SECRET, 'certificate', w.eventRegistration.id)}`,
  },
  'PUT /api/events/:id/attendees/:registrationId/check-in': { body: () => ({ checkedIn: true }) },
  'DELETE /api/events/:id/attendees/:registrationId': { params: async (w) => ({ registrationId: (await w.freshEventRegistration('confirmed')).id }) },

  'POST /api/admin/users/:id/roles': { body: () => ({ role: 'reviewer' }) },
  'POST /api/admin/users/:id/deactivate': { body: () => ({}) },
  'POST /api/admin/users/:id/reactivate': { body: () => ({}) },
  'POST /api/admin/programmes/:id/staff': { body: async (w) => ({ userId: (await createUser(w.prisma, { roles: ['coordinator'] })).id }) },
  'DELETE /api/admin/programmes/:id/staff/:userId': { params: async (w) => ({ userId: (await w.freshStaff()).id }) },
  'POST /api/admin/jobs/emails/:id/requeue': { params: async (w) => ({ id: (await w.freshFailedEmail()).id }) },
  'DELETE /api/admin/jobs/emails/:id': { params: async (w) => ({ id: (await w.freshFailedEmail()).id }) },
  'POST /api/admin/jobs/failed/:queue/:jobId/retry': { params: async (w) => ({ queue: 'maintenance', jobId: await w.freshFailedJob() }) },
  'DELETE /api/admin/jobs/failed/:queue/:jobId': { params: async (w) => ({ queue: 'maintenance', jobId: await w.freshFailedJob() }) },
};

/** The seeded world every route refers to (see the matrix's header for who is who). */
async function createWorld(ctx: TestContext) {
  const { prisma } = ctx;
  const users = {
    owner: await createUser(prisma, { displayName: 'Īpašniece Olga' }),
    member: await createUser(prisma, { displayName: 'Biedrs Mārtiņš' }),
    otherApplicant: await createUser(prisma, { displayName: 'Cits Pieteicējs' }),
    reviewerAssigned: await createUser(prisma, { roles: ['reviewer'] }),
    reviewerUnassigned: await createUser(prisma, { roles: ['reviewer'] }),
    reviewerConflicted: await createUser(prisma, { roles: ['reviewer'] }),
    consultant: await createUser(prisma, { roles: ['consultant'] }),
    coordinator: await createUser(prisma, { roles: ['coordinator'] }),
    otherCoordinator: await createUser(prisma, { roles: ['coordinator'] }),
    admin: await createUser(prisma, { roles: ['admin'] }),
  } satisfies Record<Exclude<Actor, 'anonymous'>, unknown>;
  const loginUser = await createUser(prisma);
  const target = await createUser(prisma, { displayName: 'Mērķa Lietotājs' });

  const { programme, call } = await createCallWithForm(prisma, { staffUserIds: [users.coordinator.id], form: reviewTestForm(), code: 'MX' });
  const otherProgramme = await createProgramme(prisma, [users.otherCoordinator.id]);
  const organisation = await createOrganisation(prisma, { owners: [users.owner.id], members: [users.member.id] }, { legalName: 'Biedrība „Matrica”' });
  await createOrganisation(prisma, { owners: [users.otherApplicant.id] }, { legalName: 'Cita biedrība' });
  const criteria = await Promise.all(
    [0, 1].map((position) =>
      prisma.rubricCriterion.create({ data: { callId: call.id, position, nameLv: `Kritērijs ${position}`, nameEn: `Criterion ${position}`, maxScore: 5, weight: 1 } }),
    ),
  );
  await prisma.reviewerPoolMember.createMany({
    data: [users.reviewerAssigned, users.reviewerUnassigned, users.reviewerConflicted].map((reviewer) => ({ callId: call.id, userId: reviewer.id })),
  });

  const answers = REVIEW_ANSWERS('Biedrība „Matrica”');
  /** An application of O in status `status`, submitted with complete answers, straight in the database. */
  const applicationIn = async (status: 'submitted' | 'eligible' | 'under_review' | 'reviewed' | 'awarded' = 'submitted') => {
    const application = await createDraftApplication(prisma, { callId: call.id, organisationId: organisation.id, createdById: users.owner.id });
    await submitApplicationRow(prisma, application.id, users.owner.id, answers);
    if (status !== 'submitted') await prisma.application.update({ where: { id: application.id }, data: { status } });
    if (status !== 'submitted') {
      await prisma.eligibilityCheck.create({ data: { applicationId: application.id, outcome: 'eligible', decidedAt: new Date(), decidedById: users.coordinator.id } });
    }
    return application;
  };

  // A: under review, with a file, the assigned reviewer's scores and the conflicted reviewer's declaration.
  const application = await applicationIn('under_review');
  const attachment = await storeAttachment(ctx, { applicationId: application.id, questionId: 'documents', fileName: 'plans.pdf', kind: 'pdf' });
  const assignment = await prisma.reviewAssignment.create({
    data: { callId: call.id, applicationId: application.id, reviewerId: users.reviewerAssigned.id, status: 'in_progress', noConflictDeclaredAt: new Date() },
  });
  await prisma.reviewScore.createMany({ data: criteria.map((criterion) => ({ assignmentId: assignment.id, criterionId: criterion.id, score: 3 })) });
  const conflictedAssignment = await prisma.reviewAssignment.create({
    data: { callId: call.id, applicationId: application.id, reviewerId: users.reviewerConflicted.id, status: 'conflicted', conflictDeclaredAt: new Date(), conflictNote: 'Valdes loceklis.' },
  });
  await prisma.reviewerConflict.create({ data: { reviewerId: users.reviewerConflicted.id, organisationId: organisation.id, note: 'Valdes loceklis.', assignmentId: conflictedAssignment.id } });
  // A submitted one (eligibility), a decided one (decision, letters), a draft (answers, uploads).
  const submitted = await applicationIn('submitted');
  const decided = await applicationIn('awarded');
  await prisma.decision.create({
    data: {
      applicationId: decided.id,
      callId: call.id,
      kind: 'award',
      amountCents: 90_000n,
      rationale: 'Labs projekts.',
      decidedAt: new Date(),
      decidedById: users.coordinator.id,
      letterQueuedAt: new Date(),
    },
  });
  /** A funded project of O (an awarded application of C) with one planned tranche. */
  const projectOf = (applicationId: string) =>
    prisma.project.create({
      data: {
        applicationId,
        callId: call.id,
        organisationId: organisation.id,
        agreementNumber: `MX-2026-L${String(++sequence).padStart(3, '0')}`,
        agreementSequence: sequence,
        awardedCents: 90_000n,
        tranches: { create: [{ position: 1, amountCents: 72_000n, condition: 'none' }] },
      },
      include: { tranches: true },
    });
  const project = await projectOf(decided.id);
  /** An active project of O with one budget line of 500 €. */
  const freshActiveProject = async () => {
    const created = await projectOf((await applicationIn('awarded')).id);
    const active = await prisma.project.update({ where: { id: created.id }, data: { status: 'active', budget: { create: {} } } });
    const line = await prisma.projectBudgetLine.create({
      data: { projectId: active.id, position: 1, category: 'materials', description: 'Stādi', amountCents: 50_000n, originalCents: 50_000n },
    });
    return { project: active, line };
  };
  /** An expense of O's active project, on its line. */
  const freshExpense = async () => {
    const { project: active, line } = await freshActiveProject();
    const expense = await prisma.projectExpense.create({
      data: { projectId: active.id, budgetLineId: line.id, spentOn: new Date('2026-11-01T00:00:00Z'), description: 'Stādi', amountCents: 1_000n },
    });
    return { id: active.id, expenseId: expense.id };
  };
  // The project's interim report (a draft with one submitted version) and the call's report form.
  const report = await prisma.projectReport.create({ data: { projectId: project.id, kind: 'interim', dueDate: new Date('2027-05-01T00:00:00Z') } });
  await prisma.projectReportVersion.create({ data: { reportId: report.id, number: 1, answers: {}, indicators: {}, submittedAt: new Date() } });
  await prisma.callReportForm.create({ data: { callId: call.id, version: 1, definition: sampleReportForm() as object } });
  const draft = await createDraftApplication(prisma, { callId: call.id, organisationId: organisation.id, createdById: users.owner.id, answers });
  const notification = await prisma.notification.create({
    data: { userId: users.owner.id, category: 'applications', dedupeKey: `matrix-${unique()}`, subject: 'Sveiki', body: 'Ziņa' },
  });

  // The resource centre R (with a photo); the consultant's slots: a free one at R, and a booking of O.
  await createMunicipalities(prisma);
  const photo = await ctx.app.get<StorageDriver>(STORAGE_DRIVER).put(Readable.from(await resizePhoto(SAMPLE_FILES.png)));
  // P's project has an issued agreement on file; a fresh "agreement project" is dated, with an agreement issued.
  const storage = ctx.app.get<StorageDriver>(STORAGE_DRIVER);
  const issueAgreement = async (projectId: string) => {
    const stored = await storage.put(Readable.from([SAMPLE_FILES.pdf]));
    return prisma.agreementDocument.create({
      data: { projectId, kind: 'issued', version: 1, fileName: 'agreement-v1.pdf', mimeType: 'application/pdf', sizeBytes: stored.size, sha256: stored.sha256, storageKey: stored.key },
    });
  };
  const agreementDocument = await issueAgreement(project.id);
  const freshAgreementProject = async () => {
    const fresh = await projectOf((await applicationIn('awarded')).id);
    await prisma.project.update({ where: { id: fresh.id }, data: { startDate: new Date('2027-03-01'), endDate: new Date('2027-10-31') } });
    await issueAgreement(fresh.id);
    return fresh;
  };
  const centre = await prisma.resourceCentre.create({
    data: { nameLv: `Matricas resursu centrs ${unique()}`, municipalityCode: 'preili', address: 'Kooperatīvā iela 6, Preiļi', activitiesLv: 'podniecība', photoKey: photo.key, photoUpdatedAt: new Date() },
  });
  /** Slots of the consultant an hour long, two hours apart: future ones from ten days on, past ones from two hours ago back. */
  let slots = 0;
  const firstFutureSlot = Math.ceil(Date.now() / HOUR) * HOUR + 10 * DAY;
  const freshSlot = (options: { past?: boolean; centreId?: string } = {}) => {
    const n = slots++;
    const startsAt = new Date(options.past ? Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR * (n + 1) : firstFutureSlot + 2 * HOUR * n);
    return prisma.consultationSlot.create({
      data: {
        seriesId: randomUUID(),
        consultantId: users.consultant.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
        mode: options.centreId ? 'in_person' : 'online',
        resourceCentreId: options.centreId ?? null,
        meetingUrl: options.centreId ? null : 'https://meet.example.test/matrica',
        topics: ['application_writing', 'budget'],
      },
    });
  };
  /** A booking of O (for the owner) on a fresh slot of the consultant; `past`: the session has taken place. */
  const freshBooking = async (options: { past?: boolean } = {}) => {
    const slot = await freshSlot(options);
    return prisma.consultationBooking.create({
      data: { slotId: slot.id, activeSlotId: slot.id, organisationId: organisation.id, contactUserId: users.owner.id, createdById: users.owner.id, topic: 'budget', question: QUESTION },
    });
  };
  await freshSlot({ centreId: centre.id });
  const booking = await freshBooking();

  // The event E, organised by the consultant, and the owner's registration on it (checked in).
  const event = await createEvent(prisma, users.consultant.id, { capacity: 100 });
  const registrationOn = (eventId: string, status: 'pending_confirmation' | 'confirmed', person: { userId: string | null; email: string; name: string }) =>
    prisma.eventRegistration.create({
      data: { eventId, ...person, locale: 'lv', participantGroup: 'teachers', status, queuedAt: status === 'confirmed' ? new Date() : null },
    });
  const eventRegistration = await registrationOn(event.id, 'confirmed', { userId: users.owner.id, email: users.owner.email, name: users.owner.displayName });
  await prisma.eventRegistration.update({ where: { id: eventRegistration.id }, data: { checkedInAt: new Date() } });

  const freshCall = async (status: 'draft' | 'published' | 'closed' = 'closed') => {
    const { call: fresh } = await createCallWithForm(prisma, { staffUserIds: [], code: `M${(sequence++).toString(36).toUpperCase()}` });
    await prisma.programmeStaff.deleteMany({ where: { programmeId: fresh.programmeId } });
    await prisma.call.update({ where: { id: fresh.id }, data: { programmeId: programme.id, status } });
    return fresh;
  };

  return {
    prisma,
    storage,
    users,
    loginUser,
    target,
    programme,
    otherProgramme,
    call,
    organisation,
    criteria,
    application,
    attachment,
    assignment,
    conflictedAssignment,
    submitted,
    decided,
    project,
    freshProject: async () => projectOf((await applicationIn('awarded')).id),
    agreementDocument,
    freshAgreementProject,
    freshActiveProject,
    freshExpense,
    freshReceipt: async () => {
      const { id, expenseId } = await freshExpense();
      const stored = await ctx.app.get<StorageDriver>(STORAGE_DRIVER).put(Readable.from(SAMPLE_FILES.pdf));
      const receipt = await prisma.expenseReceipt.create({
        data: { expenseId, fileName: 'čeks.pdf', mimeType: 'application/pdf', sizeBytes: stored.size, sha256: stored.sha256, storageKey: stored.key },
      });
      return { id, expenseId, receiptId: receipt.id };
    },
    report,
    /** A project of its own with a report not yet submitted, for the schedule's writes. */
    freshReport: async () => {
      const fresh = await projectOf((await applicationIn('awarded')).id);
      const scheduled = await prisma.projectReport.create({ data: { projectId: fresh.id, kind: 'interim', dueDate: new Date('2027-05-01T00:00:00Z') } });
      return { id: fresh.id, reportId: scheduled.id };
    },
    draft,
    notification,
    freshCall,
    centre,
    booking,
    freshSlot: () => freshSlot(),
    freshBooking,
    event,
    eventRegistration,
    /** A fresh event of the consultant's; with an actor, that actor's account is registered on it. */
    freshEvent: async (registered?: Actor) => {
      const fresh = await createEvent(prisma, users.consultant.id, { capacity: 100 });
      if (registered && registered !== 'anonymous') {
        const user = users[registered];
        await registrationOn(fresh.id, 'confirmed', { userId: user.id, email: user.email, name: user.displayName });
      }
      return fresh;
    },
    /** A visitor's registration on E. */
    freshEventRegistration: (status: 'pending_confirmation' | 'confirmed') =>
      registrationOn(event.id, status, { userId: null, email: `visitor-${unique()}@example.test`, name: 'Viesis Pēteris' }),
    /** A valid call body (create: with programmeId; update: with version instead). */
    callBody: (extra: { programmeId?: string; version?: number }) => {
      const { programmeId, ...fields } = callRequest(programme.id, { code: 'MX' });
      return extra.programmeId ? { ...fields, programmeId } : { ...fields, ...extra };
    },
    freshSubmitted: applicationIn,
    freshDraft: () => createDraftApplication(prisma, { callId: call.id, organisationId: organisation.id, createdById: users.owner.id, answers }),
    freshAttachment: () => storeAttachment(ctx, { applicationId: draft.id, questionId: 'documents', fileName: 'plans.pdf', kind: 'pdf' }),
    freshMember: async () => {
      const user = await createUser(prisma);
      await prisma.organisationMember.create({ data: { organisationId: organisation.id, userId: user.id, role: 'member' } });
      return user;
    },
    freshInvitation: () =>
      prisma.organisationInvitation.create({
        data: { organisationId: organisation.id, email: `invitee-${unique()}@example.test`, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 7 * DAY), invitedById: users.owner.id },
      }),
    freshOrganisation: () => createOrganisation(prisma, {}, { legalName: 'Strīdīgā biedrība' }),
    freshClaim: async () => {
      const claimed = await createOrganisation(prisma, { owners: [(await createUser(prisma)).id] }, { legalName: 'Pieprasītā biedrība' });
      return prisma.organisationClaim.create({ data: { organisationId: claimed.id, claimantId: users.otherApplicant.id, message: 'Mūsu numurs.' } });
    },
    freshAssignment: async (status: 'in_progress' | 'submitted') => {
      const reviewer = await createUser(prisma, { roles: ['reviewer'] });
      await prisma.reviewerPoolMember.create({ data: { callId: call.id, userId: reviewer.id } });
      return prisma.reviewAssignment.create({
        data: { callId: call.id, applicationId: application.id, reviewerId: reviewer.id, status, noConflictDeclaredAt: new Date(), submittedAt: status === 'submitted' ? new Date() : null },
      });
    },
    /** A pending assignment of the assigned reviewer, on a fresh application of O. */
    freshPendingAssignment: async () => {
      const fresh = await applicationIn('under_review');
      return prisma.reviewAssignment.create({ data: { callId: call.id, applicationId: fresh.id, reviewerId: users.reviewerAssigned.id, status: 'pending' } });
    },
    freshPoolReviewer: async () => {
      const reviewer = await createUser(prisma, { roles: ['reviewer'] });
      await prisma.reviewerPoolMember.create({ data: { callId: call.id, userId: reviewer.id } });
      return reviewer;
    },
    freshStaff: async () => {
      const coordinator = await createUser(prisma, { roles: ['coordinator'] });
      await prisma.programmeStaff.create({ data: { programmeId: programme.id, userId: coordinator.id } });
      return coordinator;
    },
    freshFailedEmail: () =>
      prisma.outboxMessage.create({
        data: { dedupeKey: `matrix-${unique()}`, kind: 'email', payload: { to: 'x@example.test' }, attempts: 5, lastError: 'SMTP down', relayedAt: new Date() },
      }),
    freshFailedJob: () => failedJob(ctx),
    ownerSession: async () => {
      await ctx.app.get(SessionsService).start(users.owner.id, { userAgent: 'jest' });
      return (await prisma.session.findFirstOrThrow({ where: { userId: users.owner.id }, orderBy: { createdAt: 'desc' } })).id;
    },
  };
}

/** A job that really failed on the maintenance queue (a throwaway worker runs it once). */
async function failedJob(ctx: TestContext): Promise<string> {
  const queue = ctx.app.get(ProducerQueues).get('maintenance');
  const jobId = `matrix-${unique()}`;
  const worker = new Worker(
    'maintenance',
    () => {
      throw new Error('matrix');
    },
    { connection: { url: ctx.config.REDIS_URL }, prefix: ctx.config.QUEUE_PREFIX, autorun: false },
  );
  const failed = new Promise<void>((resolve) => worker.on('failed', () => resolve()));
  await queue.add('matrix', {}, { jobId, attempts: 1 });
  void worker.run();
  await failed;
  await worker.close();
  return jobId;
}

/** The object a path parameter names when the recipe does not say. */
function defaultParam(path: string, name: string, w: World, actor: Actor): string {
  const segments = path.split('/');
  const before = segments[segments.indexOf(`:${name}`) - 1];
  const ownAssignment = actor === 'reviewerConflicted' ? w.conflictedAssignment.id : w.assignment.id;
  switch (name) {
    case 'callId':
      return w.call.id;
    case 'applicationId':
      return w.application.id;
    case 'attachmentId':
      return w.attachment.id;
    case 'assignmentId':
      return w.assignment.id;
    case 'criterionId':
      return w.criteria[0]!.id;
    case 'trancheId':
      return w.project.tranches[0]!.id;
    case 'documentId':
      return w.agreementDocument.id;
    case 'reportId':
      return w.report.id;
    case 'registrationId':
      return w.eventRegistration.id;
    case 'version':
    case 'number':
      return '1';
    case 'kind':
      return 'award';
    case 'role':
      return 'reviewer';
    case 'userId':
      return w.target.id;
  }
  const byResource: Record<string, string> = {
    calls: w.call.id,
    applications: w.application.id,
    organisations: w.organisation.id,
    attachments: w.attachment.id,
    assignments: ownAssignment,
    'review-assignments': w.assignment.id,
    notifications: w.notification.id,
    users: w.target.id,
    programmes: w.programme.id,
    projects: w.project.id,
    'resource-centres': w.centre.id,
    bookings: w.booking.id,
    events: w.event.id,
  };
  const value = before ? byResource[before] : undefined;
  if (!value) throw new Error(`No default for :${name} in ${path}: give the route a recipe`);
  return value;
}

function phaseOf(route: string): number {
  return RECIPES[route]?.phase ?? (route.startsWith('GET ') ? 1 : 2);
}

function passes(outcome: Outcome, status: number, method: string, recipe: Recipe): boolean {
  if (outcome !== 'ok') return status === outcome;
  if (recipe.alsoOk?.includes(status)) return true;
  if (status >= 200 && status < 300) return true;
  return method !== 'GET' && status === 409;
}

describe('Authorization matrix', () => {
  let ctx: TestContext;
  let world: World;
  const clients = new Map<Actor, TestClient>();

  /** A new session of the actor's (anonymous: a new visitor), recently re-authenticated. */
  async function sessionOf(actor: Actor): Promise<TestClient> {
    if (actor === 'anonymous') return ctx.client();
    const user = world.users[actor];
    const client = await ctx.client().signInAs(user.id);
    await ctx.prisma.session.updateMany({ where: { userId: user.id, reauthenticatedAt: null }, data: { reauthenticatedAt: new Date() } });
    return client;
  }

  beforeAll(async () => {
    ctx = await startTestApp({ WRITE_RATE_LIMIT_PER_MINUTE: '100000', AUTH_RATE_LIMIT_PER_MINUTE: '100000' });
    world = await createWorld(ctx);
    for (const actor of ACTORS) clients.set(actor, await sessionOf(actor));
  });
  afterAll(() => ctx?.close());

  const apiRoutes = () => {
    const all = registeredRoutes(ctx.app.getHttpAdapter().getInstance());
    return { all, api: [...new Set(all.filter((route) => route.method !== 'HEAD' && route.path.startsWith('/api')).map((route) => `${route.method} ${route.path}`))] };
  };

  it('has exactly one row for every route of the running app', () => {
    const { all, api } = apiRoutes();
    const rows = AUTHORIZATION_MATRIX.map((row) => row.route);
    expect(rows.length).toBe(new Set(rows).size);
    expect({ routesWithoutRow: api.filter((route) => !rows.includes(route)), rowsWithoutRoute: rows.filter((route) => !api.includes(route)) }).toEqual({
      routesWithoutRow: [],
      rowsWithoutRoute: [],
    });
    expect(Object.keys(RECIPES).filter((route) => !rows.includes(route))).toEqual([]);
    // Outside /api only the web app's files and its client-side fallback: reads, public by nature.
    expect(all.filter((route) => !route.path.startsWith('/api') && route.method !== 'GET' && route.method !== 'HEAD')).toEqual([]);
  });

  it('answers every route as the matrix says, for every actor', async () => {
    const failures: string[] = [];
    const call = async (row: MatrixRow, actor: Actor, params: Params): Promise<number> => {
      const recipe = RECIPES[row.route] ?? {};
      const [method, path] = row.route.split(' ') as [Method, string];
      const url =
        recipe.url ?? path.replace(/:(\w+)/g, (_match, name: string) => params[name] ?? defaultParam(path, name, world, actor)) + (typeof recipe.query === 'function' ? recipe.query(world) : (recipe.query ?? ''));
      const client = recipe.ownSession ? await sessionOf(actor) : clients.get(actor)!;
      const response = recipe.upload
        ? await uploadFile(ctx.app, client, url, recipe.upload.file, { method: method === 'PUT' ? 'PUT' : 'POST', field: recipe.upload.field })
        : await client.request(method, url, recipe.body ? await recipe.body(world, actor, params) : undefined);
      if (!passes(row.expect[actor], response.status, method, recipe)) {
        const detail = typeof response.body === 'object' ? JSON.stringify(response.body).slice(0, 300) : '';
        failures.push(`${row.route} as ${actor}: expected ${row.expect[actor]}, got ${response.status} ${detail}`);
      }
      return response.status;
    };
    /** Refused callers first (in parallel, on one shared object), then each allowed caller on its own. */
    const runRow = async (row: MatrixRow) => {
      const recipe = RECIPES[row.route] ?? {};
      const refused = ACTORS.filter((actor) => row.expect[actor] !== 'ok');
      const allowed = ACTORS.filter((actor) => row.expect[actor] === 'ok');
      const shared = { ...(await recipe.params?.(world, refused[0] ?? 'anonymous')) };
      await Promise.all(refused.map(async (actor) => call(row, actor, actor === 'reviewerConflicted' ? { ...(await recipe.params?.(world, actor)) } : shared)));
      const statuses = await Promise.all(allowed.map(async (actor) => call(row, actor, { ...(await recipe.params?.(world, actor)) })));
      // A recipe that only ever meets a state rule would prove little: one allowed caller must really succeed.
      if (allowed.length > 0 && !recipe.alsoOk && !recipe.stateRule && !statuses.some((status) => status >= 200 && status < 300)) {
        failures.push(`${row.route}: no allowed caller succeeded (${statuses.join(', ')}); fix the recipe or name the state rule`);
      }
    };
    const phases = [...new Set(AUTHORIZATION_MATRIX.map((row) => phaseOf(row.route)))].sort();
    for (const phase of phases) {
      const rows = AUTHORIZATION_MATRIX.filter((row) => phaseOf(row.route) === phase);
      // Reads change nothing: several rows at a time; writes one row after another.
      const width = phase === 1 ? 4 : 1;
      for (let i = 0; i < rows.length; i += width) await Promise.all(rows.slice(i, i + width).map(runRow));
    }
    expect(failures).toEqual([]);
  });
});
