// Writes a plan (plan.mjs) into a migrated database with COPY, table by table in foreign-key order.
import { createRandom, uuidFrom } from '../lib/prng.mjs';
import { copyRows } from '../lib/copy.mjs';
import { completeAnswers, fieldVersionsOf } from './answers.mjs';
import { DECIDED_STATUSES, ELIGIBILITY_STATUSES, REVIEWED_STATUSES } from './plan.mjs';

const LIMITS = { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 };
const ALL_TYPES = ['association', 'foundation', 'school', 'municipal_institution', 'informal_group'];
const CRITERIA = [['Nepieciešamība', 'Need'], ['Ietekme', 'Impact'], ['Budžets', 'Budget'], ['Ilgtspēja', 'Sustainability']];

/** Each application's answers and attachments from its own seed: the same on every call. */
function contentOf(app) {
  const random = createRandom(app.seed);
  const attachmentIds = app.status === 'draft' ? [] : Array.from({ length: random.int(1, 2) }, (_, i) => uuidFrom(`attachment:${app.id}:${i}`));
  return { ...completeAnswers(random, LIMITS, attachmentIds), attachmentIds };
}

export async function loadPlan(client, plan, { municipalities, resourceCentres, formDefinition, passwordHash, now }, log) {
  const at = new Date(now);
  const count = async (table, columns, rows) => log(`${table}: ${await copyRows(client, table, columns, rows)} rows`);
  const { users, organisations, calls, applications } = plan;

  await count('Municipality', ['code', 'nameLv', 'nameEn', 'partner'], municipalities.map((m) => [m.code, m.nameLv, m.nameEn, m.partner]));
  await count('ResourceCentre', ['id', 'nameLv', 'municipalityCode', 'address', 'activitiesLv'], resourceCentres.map((r, i) => [`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, r.name_lv, r.municipality, r.address ?? '', r.activities_lv ?? '']));
  // Staff must have two-step sign-in on to work; bench sessions are written directly (lib/sessions.mjs),
  // so staff carry only the enrolment instant, no secret.
  const isStaff = (u) => u.roles.some((role) => role === 'coordinator' || role === 'admin');
  await count('User', ['id', 'email', 'passwordHash', 'displayName', 'locale', 'roles', 'emailVerifiedAt', 'totpEnabledAt', 'createdAt', 'updatedAt'],
    users.map((u) => [u.id, u.email, passwordHash, u.name, u.locale, u.roles, at, isStaff(u) ? at : null, at, at]));
  await count('Programme', ['id', 'slug', 'nameLv', 'nameEn', 'implementerLv', 'donor'],
    plan.programmes.map((p) => [p.id, p.slug, `Kopienu programma ${p.index + 1}`, `Community programme ${p.index + 1}`, 'Latgales resursu centrs', 'Bench Fund']));
  await count('ProgrammeStaff', ['programmeId', 'userId'], plan.staff.map((s) => [s.programme.id, users[s.user].id]));
  await count('Organisation', ['id', 'type', 'legalName', 'registrationNumber', 'municipalityCode', 'address', 'contactEmail', 'contactPhone', 'description', 'updatedAt'],
    organisations.map((o) => [o.id, o.type, o.name, o.registrationNumber, o.municipalityCode, 'Rīgas iela 1', users[o.owner].email, '+37120000000', 'Vietējā kopiena.', at]));
  await count('OrganisationMember', ['organisationId', 'userId', 'role'], dedupe(plan.members, (m) => `${m.org}:${m.user}`).map((m) => [organisations[m.org].id, users[m.user].id, m.role]));
  await count('Call', ['id', 'programmeId', 'code', 'titleLv', 'titleEn', 'descriptionLv', 'descriptionEn', 'eligibleOrganisationTypes', 'eligibleMunicipalityCodes', 'budgetEnvelopeCents', 'minAwardCents', 'maxAwardCents', 'ownContributionPercent', 'opensAt', 'closesAt', 'status', 'decidedAt', 'createdById', 'updatedAt'],
    calls.map((c) => [c.id, c.programme.id, c.code, `Kopienu iniciatīvas ${c.code}`, `Community initiatives ${c.code}`, 'Atbalsts vietējām kopienām: pasākumi, darbnīcas un vides labiekārtošana.', 'Support for local communities: events, workshops and public spaces.', ALL_TYPES, municipalities.map((m) => m.code), 50_000_000, LIMITS.minAwardCents, LIMITS.maxAwardCents, LIMITS.ownContributionPercent, c.opensAt, c.closesAt, c.status, c.status === 'decided' ? c.closesAt : null, users[plan.coordinators[0]].id, at]));
  await count('CallForm', ['id', 'callId', 'version', 'definition', 'updatedAt'], calls.map((c, i) => [`10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, c.id, 1, formDefinition, at]));
  await count('ReferenceCounter', ['code', 'year', 'last'], calls.filter((c) => c.sequence > 0).map((c) => [c.code, c.opensAt.getUTCFullYear(), c.sequence]));

  await count('Application', ['id', 'callId', 'organisationId', 'formVersion', 'status', 'answers', 'fieldVersions', 'version', 'referenceNumber', 'requestedCents', 'awardedCents', 'decidedAt', 'submittedAt', 'submittedById', 'withdrawnAt', 'withdrawalReason', 'createdById', 'createdAt', 'updatedAt'],
    (function* () {
      for (const a of applications) {
        const { answers, requestedCents } = contentOf(a);
        const submitter = users[a.submitter].id;
        yield [a.id, calls[a.call].id, organisations[a.org].id, 1, a.status, answers, fieldVersionsOf(answers), 1 + a.revisions, a.reference, requestedCents,
          a.status === 'awarded' ? requestedCents : null, a.decidedAt, a.submittedAt, a.submittedAt ? submitter : null,
          a.status === 'withdrawn' ? a.submittedAt : null, a.status === 'withdrawn' ? 'Projektu īstenosim citādi.' : null, submitter, a.createdAt, a.submittedAt ?? a.createdAt];
      }
    })());
  await count('ApplicationRevision', ['applicationId', 'id', 'number', 'formVersion', 'answers', 'submittedById', 'submittedAt'],
    (function* () {
      for (const a of applications) {
        if (a.revisions === 0) continue;
        const { answers } = contentOf(a);
        for (let n = 1; n <= a.revisions; n++) yield [a.id, uuidFrom(`revision:${a.id}:${n}`), n, 1, answers, users[a.submitter].id, a.submittedAt];
      }
    })());
  await count('Attachment', ['id', 'applicationId', 'questionId', 'fileName', 'mimeType', 'sizeBytes', 'sha256', 'storageKey', 'uploadedById', 'createdAt'],
    (function* () {
      for (const a of applications) {
        for (const [i, id] of contentOf(a).attachmentIds.entries()) {
          yield [id, a.id, 'support_letters', `atbalsta-vestule-${i + 1}.pdf`, 'application/pdf', 120_000 + i * 7_000, id.replace(/-/g, '').padEnd(64, '0'), `bench/${a.id}/${id}`, users[a.submitter].id, a.createdAt];
        }
      }
    })());
  await count('EligibilityCheck', ['applicationId', 'outcome', 'reason', 'decidedById', 'decidedAt', 'updatedAt'],
    applications.filter((a) => ELIGIBILITY_STATUSES.has(a.status)).map((a) => [a.id, a.status === 'ineligible' ? 'ineligible' : 'eligible', a.status === 'ineligible' ? 'Neatbilst nolikumam.' : null, users[plan.coordinators[0]].id, a.submittedAt, a.submittedAt]));
  await loadReview(client, plan, count, at, log);
  await count('Decision', ['applicationId', 'callId', 'kind', 'amountCents', 'rationale', 'decidedById', 'decidedAt', 'updatedAt'],
    applications.filter((a) => DECIDED_STATUSES.has(a.status)).map((a) => [a.id, calls[a.call].id, { awarded: 'award', waitlisted: 'waitlist', rejected: 'reject' }[a.status], a.status === 'awarded' ? contentOf(a).requestedCents : null, 'Vērtēšanas komisijas lēmums.', users[plan.coordinators[0]].id, a.decidedAt, a.decidedAt]));
  await count('AuditLog', ['id', 'actorId', 'action', 'entityType', 'entityId', 'after', 'createdAt'], auditRows(plan));
}

async function loadReview(client, plan, count, at, log) {
  const { calls, applications, users } = plan;
  const random = createRandom(7);
  const reviewedCalls = [...new Set(applications.filter((a) => REVIEWED_STATUSES.has(a.status)).map((a) => a.call))];
  const criteria = new Map(reviewedCalls.map((call) => [call, CRITERIA.map(() => random.uuid())]));
  await count('RubricCriterion', ['id', 'callId', 'position', 'nameLv', 'nameEn', 'maxScore', 'weight'],
    [...criteria].flatMap(([call, ids]) => ids.map((id, i) => [id, calls[call].id, i + 1, CRITERIA[i][0], CRITERIA[i][1], 10, i === 1 ? 2 : 1])));
  const pool = new Map(reviewedCalls.map((call) => [call, Array.from({ length: Math.min(10, plan.reviewers.length) }, (_, i) => plan.reviewers[(call * 7 + i) % plan.reviewers.length])]));
  await count('ReviewerPoolMember', ['callId', 'userId'], [...pool].flatMap(([call, ids]) => ids.map((user) => [calls[call].id, users[user].id])));

  const assignments = [];
  for (const a of applications) {
    if (assignments.length >= plan.reviewAssignmentsTarget) break;
    if (!REVIEWED_STATUSES.has(a.status)) continue;
    const reviewers = pool.get(a.call);
    const first = random.int(0, reviewers.length - 1);
    for (const k of [0, 1]) {
      const status = a.status === 'under_review' ? random.pick(['pending', 'in_progress', 'submitted']) : 'submitted';
      assignments.push({ id: random.uuid(), app: a, reviewer: reviewers[(first + k) % reviewers.length], status });
    }
  }
  await count('ReviewAssignment', ['id', 'callId', 'applicationId', 'reviewerId', 'status', 'comment', 'noConflictDeclaredAt', 'submittedAt', 'updatedAt'],
    assignments.map((r) => [r.id, calls[r.app.call].id, r.app.id, users[r.reviewer].id, r.status, r.status === 'submitted' ? 'Labi pamatots projekts.' : '', r.status === 'pending' ? null : at, r.status === 'submitted' ? at : null, at]));
  await count('ReviewScore', ['assignmentId', 'criterionId', 'score', 'comment', 'updatedAt'],
    (function* () {
      for (const r of assignments) {
        if (r.status === 'pending') continue;
        for (const id of criteria.get(r.app.call)) yield [r.id, id, random.int(3, 10), '', at];
      }
    })());
  // The database's statement triggers scored each call once per COPY (ApplicationScore).
  const { rows: [scored] } = await client.query('SELECT count(*)::int AS n FROM "ApplicationScore"');
  log(`ApplicationScore: ${scored.n} rows (kept by the database)`);
}

function* auditRows(plan) {
  const random = createRandom(11);
  for (const a of plan.applications) {
    const actor = plan.users[a.submitter].id;
    yield [random.uuid(), actor, 'application.created', 'application', a.id, { status: 'draft' }, a.createdAt];
    if (a.submittedAt) yield [random.uuid(), actor, 'application.submitted', 'application', a.id, { status: 'submitted', referenceNumber: a.reference, revision: 1 }, a.submittedAt];
    if (a.decidedAt) yield [random.uuid(), plan.users[plan.coordinators[0]].id, `application.${a.status === 'awarded' ? 'award' : a.status === 'waitlisted' ? 'waitlist' : 'reject'}`, 'application', a.id, { status: a.status }, a.decidedAt];
  }
}

function dedupe(items, key) {
  const seen = new Set();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
