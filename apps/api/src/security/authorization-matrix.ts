/**
 * THE authorization matrix: for every route of the API, what each kind of caller gets.
 * `authorization-matrix.e2e-spec.ts` enumerates the routes of the running app and calls each
 * one as every actor below (a route without a row, or a row without a route, fails it);
 * `docs/authorization-matrix.md` is generated from this table (`pnpm --filter @kopa/api docs:matrix`).
 *
 * The object a route's parameters name belongs to the "owning" side of the test world: the
 * organisation O (owner and member), its application A submitted to call C of programme P
 * (coordinator staffs P, other coordinator staffs only Q), a reviewer assigned to A who declared
 * no conflict, one in C's pool but not on A, one who declared a conflict with O. Consultation
 * bookings are O's, on slots of the consultant; the event E is organised by the consultant, the
 * registration on it is the owner's (checked in). Personal objects (sessions, notifications) are
 * the owner's. Sensitive routes assume the caller
 * re-authenticated recently; without it they answer 403 reauthentication-required.
 */
export const ACTORS = [
  'anonymous',
  'owner',
  'member',
  'otherApplicant',
  'reviewerAssigned',
  'reviewerUnassigned',
  'reviewerConflicted',
  'consultant',
  'coordinator',
  'otherCoordinator',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_LABELS: Record<Actor, string> = {
  anonymous: 'anonymous visitor',
  owner: 'applicant, owner of O',
  member: 'applicant, member (editor) of O',
  otherApplicant: 'applicant of another organisation',
  reviewerAssigned: 'reviewer assigned to A',
  reviewerUnassigned: 'reviewer in the pool, not on A',
  reviewerConflicted: 'reviewer who declared a conflict with O',
  consultant: 'consultant',
  coordinator: 'coordinator of P',
  otherCoordinator: 'coordinator of another programme',
  admin: 'admin',
};

/**
 * `ok`: the request passes authorization (2xx; a write may also meet a state rule, 409).
 * 401 not signed in, 403 the role may not, 404 the object is not theirs to see (hidden, not refused).
 */
export type Outcome = 'ok' | 401 | 403 | 404;

export interface MatrixRow {
  /** `METHOD /api/path/:param` exactly as the router has it. */
  route: string;
  /** Who may, in words (published in the docs). */
  rule: string;
  expect: Record<Actor, Outcome>;
}

const APPLICANTS: Actor[] = ['owner', 'member', 'otherApplicant'];
const REVIEWERS: Actor[] = ['reviewerAssigned', 'reviewerUnassigned', 'reviewerConflicted'];
const SIGNED_IN = ACTORS.filter((actor) => actor !== 'anonymous');
const NON_STAFF: Actor[] = [...APPLICANTS, ...REVIEWERS, 'consultant'];
const O_MEMBERS: Actor[] = ['owner', 'member'];
/** Who hosts consultations and organises events: the consultant and every coordinator. */
const CONSULTATION_HOSTS: Actor[] = ['consultant', 'coordinator', 'otherCoordinator'];

/** Everyone, signed in or not. */
function open(route: string, rule = 'public'): MatrixRow {
  return { route, rule, expect: Object.fromEntries(ACTORS.map((actor) => [actor, 'ok'])) as Record<Actor, Outcome> };
}

/**
 * A signed-in route: `ok` actors pass, `hidden` ones get 404, `others` (default 403) the rest;
 * the anonymous visitor gets 401.
 */
function row(route: string, rule: string, ok: readonly Actor[], hidden: readonly Actor[] = [], others: Outcome = 403): MatrixRow {
  const expect = Object.fromEntries(
    ACTORS.map((actor): [Actor, Outcome] => {
      if (actor === 'anonymous') return [actor, 401];
      if (ok.includes(actor)) return [actor, 'ok'];
      if (hidden.includes(actor)) return [actor, 404];
      return [actor, others];
    }),
  ) as Record<Actor, Outcome>;
  return { route, rule, expect };
}

const self = (route: string, rule = 'any signed-in user, on their own account') => row(route, rule, SIGNED_IN);
/** Only the owner's personal object: everyone else gets 404. */
const ownersOnly = (route: string, rule: string) => row(route, rule, ['owner'], SIGNED_IN.filter((actor) => actor !== 'owner'));
/** Programme staff of the call's programme; a coordinator of another programme does not see the call. */
const programmeStaff = (route: string, rule: string, alsoOk: Actor[] = []) =>
  row(route, rule, ['coordinator', ...alsoOk], ['otherCoordinator']);
const adminOnly = (route: string, rule = 'admins') => row(route, rule, ['admin']);

export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  // ---- health, API docs, CSRF, public reference data and calls
  open('GET /api/health/live'),
  open('GET /api/health/ready'),
  open('GET /api/docs'),
  open('GET /api/docs/'),
  open('GET /api/docs/*'),
  open('GET /api/docs/index.html'),
  open('GET /api/docs/LICENSE'),
  open('GET /api/docs/swagger-ui-init.js'),
  open('GET /api/docs/docs/*'),
  open('GET /api/docs/docs/swagger-ui-init.js'),
  open('GET /api/docs-json'),
  open('GET /api/docs-yaml'),
  open('GET /api/auth/csrf'),
  open('GET /api/public/municipalities'),
  open('GET /api/public/programmes'),
  open('GET /api/public/calls', 'public: published calls only'),
  open('GET /api/public/calls/:id', 'public: a published call'),
  open('GET /api/public/calls/:id/form', 'public: the form of a published call'),

  // ---- sign-in and account
  open('POST /api/auth/register'),
  open('POST /api/auth/verify-email', 'public; the token decides'),
  open('POST /api/auth/resend-verification'),
  open('POST /api/auth/login', 'public; the password decides'),
  open('POST /api/auth/forgot-password'),
  open('POST /api/auth/reset-password', 'public; the token decides'),
  open('GET /api/auth/session', 'public: who is signed in, if anyone'),
  self('POST /api/auth/logout'),
  self('GET /api/auth/me'),
  self('PATCH /api/auth/me'),
  self('POST /api/auth/change-password'),
  self('GET /api/auth/sessions'),
  ownersOnly('DELETE /api/auth/sessions/:id', 'the session’s own user'),
  self('POST /api/auth/login/second-factor', 'a session waiting for its second factor (a finished sign-in meets 409)'),
  self('GET /api/auth/two-factor'),
  self('POST /api/auth/two-factor/enrolment'),
  self('POST /api/auth/two-factor/enrolment/confirm'),
  self('POST /api/auth/two-factor/recovery-codes', 'any signed-in user with 2FA, recently re-authenticated'),
  row('POST /api/auth/two-factor/disable', 'applicants, reviewers and consultants, recently re-authenticated (staff must keep 2FA)', NON_STAFF),
  self('POST /api/auth/reauthenticate'),
  self('GET /api/account/personal-data', 'any signed-in user, their own data, recently re-authenticated'),
  row('POST /api/account/erasure', 'applicants, reviewers and consultants, their own account, recently re-authenticated (staff are erased by an admin)', NON_STAFF),
  self('GET /api/notifications'),
  self('GET /api/notifications/unread-count'),
  self('POST /api/notifications/read-all'),
  ownersOnly('POST /api/notifications/:id/read', 'the notification’s own user'),
  self('GET /api/notifications/preferences'),
  self('PUT /api/notifications/preferences'),

  // ---- calls and forms (staff)
  row('GET /api/calls', 'programme staff (their programmes’ calls) and admins', ['coordinator', 'otherCoordinator', 'admin']),
  programmeStaff('GET /api/calls/:id', 'staff of the call’s programme, admins', ['admin']),
  row('POST /api/calls', 'coordinators, in a programme they staff', ['coordinator']),
  programmeStaff('PUT /api/calls/:id', 'coordinators of the call’s programme'),
  programmeStaff('POST /api/calls/:id/clone', 'coordinators of the call’s programme'),
  programmeStaff('POST /api/calls/:id/publish', 'coordinators of the call’s programme'),
  programmeStaff('POST /api/calls/:id/close', 'coordinators of the call’s programme'),
  programmeStaff('GET /api/calls/:id/form', 'staff of the call’s programme, admins', ['admin']),
  programmeStaff('GET /api/calls/:id/form/versions/:version', 'staff of the call’s programme, admins', ['admin']),
  programmeStaff('PUT /api/calls/:id/form', 'coordinators of the call’s programme'),
  row('GET /api/workspace/coordinator', 'coordinators (their own programmes)', ['coordinator', 'otherCoordinator']),
  row('GET /api/audit', 'coordinators (entries of what they may read) and admins (all)', ['coordinator', 'otherCoordinator', 'admin']),

  // ---- organisations
  row('POST /api/organisations', 'applicants', APPLICANTS),
  row('GET /api/organisations', 'programme staff and admins (look-up by name or number)', ['coordinator', 'otherCoordinator', 'admin']),
  row('GET /api/organisations/mine', 'applicants (their own)', APPLICANTS),
  row('GET /api/organisations/:id', 'members of O; programme staff and admins', ['owner', 'member', 'coordinator', 'otherCoordinator', 'admin'], ['otherApplicant']),
  row('PUT /api/organisations/:id', 'owners of O', ['owner'], ['otherApplicant']),
  row('GET /api/organisations/:id/members', 'members of O; programme staff and admins', ['owner', 'member', 'coordinator', 'otherCoordinator', 'admin'], ['otherApplicant']),
  row('PATCH /api/organisations/:id/members/:userId', 'owners of O', ['owner'], ['otherApplicant']),
  row('DELETE /api/organisations/:id/members/:userId', 'owners of O', ['owner'], ['otherApplicant']),
  row('GET /api/organisations/:id/invitations', 'owners of O', ['owner'], ['otherApplicant']),
  row('POST /api/organisations/:id/invitations', 'owners of O', ['owner'], ['otherApplicant']),
  row('DELETE /api/organisations/:id/invitations/:invitationId', 'owners of O', ['owner'], ['otherApplicant']),
  row('POST /api/invitations/accept', 'applicants; the token decides', APPLICANTS),
  row('POST /api/organisation-claims', 'applicants', APPLICANTS),
  row('GET /api/organisation-claims', 'coordinators', ['coordinator', 'otherCoordinator']),
  row('POST /api/organisation-claims/:id/approve', 'coordinators', ['coordinator', 'otherCoordinator']),
  row('POST /api/organisation-claims/:id/reject', 'coordinators', ['coordinator', 'otherCoordinator']),

  // ---- applications
  row('POST /api/applications', 'members of the organisation applying', ['owner', 'member'], ['otherApplicant']),
  row('GET /api/applications/mine', 'applicants (their organisations’)', APPLICANTS),
  row('GET /api/applications/:id', 'members of O; staff of the programme, admins; the assigned reviewer (redacted)', ['owner', 'member', 'reviewerAssigned', 'coordinator', 'admin'], ['otherApplicant', 'reviewerUnassigned', 'reviewerConflicted', 'otherCoordinator']),
  row('PATCH /api/applications/:id/answers', 'members of O', ['owner', 'member'], ['otherApplicant']),
  row('POST /api/applications/:id/submit', 'owners of O', ['owner'], ['otherApplicant']),
  row('POST /api/applications/:id/withdraw', 'owners of O', ['owner'], ['otherApplicant']),
  row('DELETE /api/applications/:id', 'owners of O (drafts only)', ['owner'], ['otherApplicant']),
  programmeStaff('POST /api/applications/:id/clarifications', 'coordinators of the programme'),
  row('GET /api/applications/:id/revisions', 'members of O; staff of the programme, admins', ['owner', 'member', 'coordinator', 'admin'], ['otherApplicant', 'otherCoordinator']),
  row('GET /api/applications/:id/revisions/compare', 'members of O; staff of the programme, admins', ['owner', 'member', 'coordinator', 'admin'], ['otherApplicant', 'otherCoordinator']),
  row('GET /api/applications/:id/revisions/:number/pdf', 'members of O; staff of the programme, admins', ['owner', 'member', 'coordinator', 'admin'], ['otherApplicant', 'otherCoordinator']),
  programmeStaff('GET /api/applications/:id/history', 'staff of the programme, admins', ['admin']),
  programmeStaff('GET /api/calls/:callId/applications', 'staff of the programme, admins', ['admin']),
  programmeStaff('POST /api/calls/:callId/applications/export', 'staff of the programme, admins', ['admin']),
  row('POST /api/applications/:applicationId/attachments', 'members of O', ['owner', 'member'], ['otherApplicant']),
  row('GET /api/applications/:applicationId/attachments', 'members of O; staff of the programme, admins; the assigned reviewer', ['owner', 'member', 'reviewerAssigned', 'coordinator', 'admin'], ['otherApplicant', 'reviewerUnassigned', 'reviewerConflicted', 'otherCoordinator']),
  row('GET /api/attachments/:id/content', 'members of O; staff of the programme, admins; the assigned reviewer', ['owner', 'member', 'reviewerAssigned', 'coordinator', 'admin'], ['otherApplicant', 'reviewerUnassigned', 'reviewerConflicted', 'otherCoordinator']),
  row('DELETE /api/attachments/:id', 'members of O', ['owner', 'member'], ['otherApplicant']),

  // ---- eligibility
  programmeStaff('GET /api/calls/:id/eligibility', 'coordinators of the programme'),
  programmeStaff('PUT /api/calls/:id/eligibility-checklist', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:id/eligibility/mark-passing-eligible', 'coordinators of the programme'),
  programmeStaff('GET /api/applications/:id/eligibility', 'coordinators of the programme'),
  programmeStaff('PUT /api/applications/:id/eligibility/checklist', 'coordinators of the programme'),
  programmeStaff('POST /api/applications/:id/eligibility/mark-eligible', 'coordinators of the programme'),
  programmeStaff('POST /api/applications/:id/eligibility/mark-ineligible', 'coordinators of the programme'),
  programmeStaff('POST /api/applications/:id/eligibility/revert', 'coordinators of the programme'),
  row('GET /api/applications/:id/eligibility-outcome', 'members of O', ['owner', 'member'], ['otherApplicant']),

  // ---- review
  programmeStaff('GET /api/calls/:callId/review-settings', 'coordinators of the programme'),
  programmeStaff('PUT /api/calls/:callId/review-settings', 'coordinators of the programme'),
  programmeStaff('PUT /api/calls/:callId/rubric', 'coordinators of the programme'),
  programmeStaff('GET /api/calls/:callId/review-progress', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/assignments', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/assignments/auto', 'coordinators of the programme'),
  programmeStaff('POST /api/review-assignments/:id/release', 'coordinators of the programme'),
  programmeStaff('POST /api/review-assignments/:id/reopen', 'coordinators of the programme'),
  programmeStaff('GET /api/calls/:callId/reviewers', 'coordinators of the programme'),
  programmeStaff('GET /api/calls/:callId/reviewer-candidates', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/reviewers', 'coordinators of the programme'),
  programmeStaff('DELETE /api/calls/:callId/reviewers/:userId', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/reviewers/invite', 'coordinators of the programme'),
  row('GET /api/reviews/assignments', 'reviewers (their own assignments)', REVIEWERS),
  row('GET /api/reviews/assignments/:id', 'the assigned reviewer', ['reviewerAssigned'], ['reviewerUnassigned', 'reviewerConflicted']),
  row('POST /api/reviews/assignments/:id/declaration', 'the assigned reviewer', ['reviewerAssigned'], ['reviewerUnassigned', 'reviewerConflicted']),
  row('PATCH /api/reviews/assignments/:id/draft', 'the assigned reviewer', ['reviewerAssigned'], ['reviewerUnassigned', 'reviewerConflicted']),
  row('POST /api/reviews/assignments/:id/submit', 'the assigned reviewer', ['reviewerAssigned'], ['reviewerUnassigned', 'reviewerConflicted']),
  row('GET /api/reviews/assignments/:id/attachments/:attachmentId', 'the assigned reviewer, after declaring no conflict', ['reviewerAssigned'], ['reviewerUnassigned', 'reviewerConflicted']),

  // ---- scores and decisions
  programmeStaff('GET /api/applications/:id/scores', 'coordinators of the programme'),
  programmeStaff('PUT /api/applications/:id/scores/:assignmentId/:criterionId/moderation', 'coordinators of the programme'),
  programmeStaff('DELETE /api/applications/:id/scores/:assignmentId/:criterionId/moderation', 'coordinators of the programme'),
  programmeStaff('PUT /api/applications/:id/scores/:assignmentId/:criterionId/shared', 'coordinators of the programme'),
  programmeStaff('GET /api/calls/:callId/ranking', 'coordinators of the programme'),
  programmeStaff('POST /api/applications/:id/decision', 'coordinators of the programme'),
  row('GET /api/applications/:id/decision', 'members of O', ['owner', 'member'], ['otherApplicant']),
  programmeStaff('GET /api/calls/:callId/letter-templates', 'coordinators of the programme'),
  programmeStaff('PUT /api/calls/:callId/letter-templates/:kind', 'coordinators of the programme'),
  programmeStaff('DELETE /api/calls/:callId/letter-templates/:kind', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/letters/preview', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/letters/send', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/exports/scores', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/exports/decisions', 'coordinators of the programme'),

  // ---- funded projects
  programmeStaff('GET /api/calls/:callId/projects', 'coordinators of the programme'),
  row('GET /api/projects/mine', 'applicants (their organisations’ projects)', APPLICANTS),
  row('GET /api/projects/:id', 'members of O (read-only) and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  programmeStaff('PATCH /api/projects/:id', 'coordinators of the programme'),
  programmeStaff('POST /api/projects/:id/transitions', 'coordinators of the programme'),
  programmeStaff('PUT /api/projects/:id/tranches', 'coordinators of the programme'),
  programmeStaff('POST /api/projects/:id/tranches/:trancheId/transitions', 'coordinators of the programme'),
  row('GET /api/projects/payments-due', 'coordinators (tranches due on their own programmes’ calls)', ['coordinator', 'otherCoordinator']),
  row('GET /api/projects/:id/timeline', 'members of O (read-only) and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row('GET /api/projects/:id/agreement', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row(
    'GET /api/projects/:id/agreement/documents/:documentId/content',
    'members of O and coordinators of the programme',
    ['owner', 'member', 'coordinator'],
    ['otherApplicant', 'otherCoordinator'],
  ),
  programmeStaff('POST /api/projects/:id/agreement/issue', 'coordinators of the programme'),
  programmeStaff('POST /api/projects/:id/agreement/signed-copies', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/projects/export', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/projects/payments/export', 'coordinators of the programme'),
  programmeStaff('POST /api/calls/:callId/projects/reports/export', 'coordinators of the programme'),
  // ---- list exports (background jobs): the file is the requester's alone
  row('GET /api/exports/:id', 'the staff member who asked for the export', ['coordinator'], ['otherCoordinator', 'admin']),
  row('GET /api/exports/:id/file', 'the staff member who asked for the export, while they may still read the list', ['coordinator'], ['otherCoordinator', 'admin']),

  // ---- project budgets, budget change requests and expenses
  row('GET /api/projects/:id/budget', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  programmeStaff('PUT /api/projects/:id/budget', 'coordinators of the programme (with a reason)'),
  row('GET /api/projects/:id/budget-changes', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row('POST /api/projects/:id/budget-changes', 'members of O, while the project runs', O_MEMBERS, ['otherApplicant']),
  row('POST /api/projects/:id/budget-changes/:changeId/transitions', 'coordinators of the programme approve or reject; members of O withdraw', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row('GET /api/projects/:id/expenses', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row('POST /api/projects/:id/expenses', 'members of O, while the project is active', O_MEMBERS, ['otherApplicant']),
  row('PATCH /api/projects/:id/expenses/:expenseId', 'members of O, while the project is active', O_MEMBERS, ['otherApplicant']),
  row('DELETE /api/projects/:id/expenses/:expenseId', 'members of O, while the project is active', O_MEMBERS, ['otherApplicant']),
  row('POST /api/projects/:id/expenses/:expenseId/receipts', 'members of O, while the project is active', O_MEMBERS, ['otherApplicant']),
  row('GET /api/projects/:id/expenses/:expenseId/receipts/:receiptId', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row('DELETE /api/projects/:id/expenses/:expenseId/receipts/:receiptId', 'members of O, while the project is active', O_MEMBERS, ['otherApplicant']),
  // ---- reports of funded projects
  programmeStaff('GET /api/calls/:callId/report-form', 'coordinators of the programme'),
  programmeStaff('PUT /api/calls/:callId/report-form', 'coordinators of the programme'),
  programmeStaff('GET /api/calls/:callId/report-schedule', 'coordinators of the programme'),
  programmeStaff('PUT /api/calls/:callId/report-schedule', 'coordinators of the programme'),
  row('GET /api/projects/:id/reports', 'members of O (read-only) and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  programmeStaff('POST /api/projects/:id/reports', 'coordinators of the programme'),
  programmeStaff('PATCH /api/projects/:id/reports/:reportId', 'coordinators of the programme'),
  programmeStaff('POST /api/projects/:id/reports/:reportId/removal', 'coordinators of the programme'),
  row('GET /api/reports/overdue', 'coordinators (reports of the programmes they staff)', ['coordinator', 'otherCoordinator']),
  row('GET /api/reports/:reportId', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),
  row('PATCH /api/reports/:reportId', 'members of O (the grantee writes the report)', ['owner', 'member'], ['otherApplicant']),
  row(
    'POST /api/reports/:reportId/transitions',
    'coordinators of the programme approve or request changes; members of O submit (the matrix asks to approve, which members may not)',
    ['coordinator'],
    ['otherApplicant', 'otherCoordinator'],
  ),
  row('GET /api/reports/:reportId/compare', 'members of O and coordinators of the programme', ['owner', 'member', 'coordinator'], ['otherApplicant', 'otherCoordinator']),

  // ---- resource centres (the directory is public; coordinators edit it)
  open('GET /api/public/resource-centres'),
  open('GET /api/public/resource-centres/:id'),
  open('GET /api/public/resource-centres/:id/photo'),
  open('GET /api/public/resource-centres/:id/consultation-slots', 'public: free in-person slots at the centre, without contact details'),
  row('PUT /api/resource-centres/:id', 'coordinators', ['coordinator', 'otherCoordinator']),
  row('PUT /api/resource-centres/:id/photo', 'coordinators', ['coordinator', 'otherCoordinator']),

  // ---- consultations (not tied to a programme: every coordinator manages them)
  row('POST /api/consultations/slots', 'consultants and coordinators (their own availability)', CONSULTATION_HOSTS),
  row('GET /api/consultations/slots', 'applicants, consultants and coordinators', [...APPLICANTS, ...CONSULTATION_HOSTS]),
  row('DELETE /api/consultations/slots/:id', 'the slot’s consultant; coordinators', CONSULTATION_HOSTS),
  row('GET /api/consultations/agenda', 'consultants and coordinators (their own agenda)', CONSULTATION_HOSTS),
  row('POST /api/consultations/bookings', 'members of O, for themselves; coordinators, on behalf of a member of O', ['owner', 'member', 'coordinator', 'otherCoordinator'], ['otherApplicant']),
  row('GET /api/consultations/bookings', 'O’s history: members of O, coordinators and admins (without organisationId, each caller’s own organisations’)', ['owner', 'member', 'coordinator', 'otherCoordinator', 'admin'], ['otherApplicant', 'consultant']),
  ...['GET /api/consultations/bookings/:id', 'GET /api/consultations/bookings/:id/calendar.ics', 'POST /api/consultations/bookings/:id/cancel', 'POST /api/consultations/bookings/:id/reschedule'].map((route) =>
    row(route, 'members of O; the slot’s consultant; coordinators', [...O_MEMBERS, ...CONSULTATION_HOSTS], ['otherApplicant']),
  ),
  row('PUT /api/consultations/bookings/:id/record', 'the slot’s consultant; coordinators', CONSULTATION_HOSTS),

  // ---- trainings and events (the consultant organises E; coordinators manage every event)
  open('GET /api/events'),
  open('GET /api/events/:id'),
  open('POST /api/events/:id/registrations', 'public: accounts get a place at once, visitors confirm by the e-mailed link'),
  open('POST /api/events/registrations/confirm', 'public; the token of the e-mailed link decides'),
  open('POST /api/events/registrations/cancel', 'public; the token of the e-mailed link decides'),
  row('POST /api/events', 'consultants and coordinators', CONSULTATION_HOSTS),
  self('DELETE /api/events/:id/registrations/mine', 'any signed-in user, their own registration'),
  self('GET /api/events/registrations/mine', 'any signed-in user, their own registrations'),
  open('GET /api/events/registrations/:registrationId/certificate', 'public; the signed token of the e-mailed link decides (attendees only)'),
  ...['PUT /api/events/:id', 'GET /api/events/:id/attendees', 'PUT /api/events/:id/attendees/:registrationId/check-in', 'DELETE /api/events/:id/attendees/:registrationId'].map((route) =>
    row(route, 'the event’s organiser; coordinators', CONSULTATION_HOSTS),
  ),
  row('GET /api/events/:id/attendees/:registrationId/certificate', 'the attendee (here the owner of O); the event’s organiser; coordinators', ['owner', ...CONSULTATION_HOSTS]),

  // ---- administration
  adminOnly('GET /api/admin/users'),
  adminOnly('GET /api/admin/users/:id'),
  adminOnly('POST /api/admin/users/:id/roles', 'admins, recently re-authenticated'),
  adminOnly('DELETE /api/admin/users/:id/roles/:role', 'admins, recently re-authenticated'),
  adminOnly('POST /api/admin/users/:id/deactivate'),
  adminOnly('POST /api/admin/users/:id/reactivate'),
  adminOnly('GET /api/admin/programmes'),
  adminOnly('POST /api/admin/programmes/:id/staff'),
  adminOnly('DELETE /api/admin/programmes/:id/staff/:userId'),
  adminOnly('GET /api/admin/jobs'),
  adminOnly('POST /api/admin/jobs/emails/:id/requeue'),
  adminOnly('DELETE /api/admin/jobs/emails/:id'),
  adminOnly('POST /api/admin/jobs/failed/:queue/:jobId/retry'),
  adminOnly('DELETE /api/admin/jobs/failed/:queue/:jobId'),
];
