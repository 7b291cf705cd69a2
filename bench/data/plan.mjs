// The shape of the dataset: who exists, which organisation applies to which call, in which status.
// Only small records live here; answers are regenerated from each application's own seed.
import { EMAIL_DOMAIN, SURGE_CALL_CODE, BIG_CALL_CODE, EXPORT_CALL_CODE } from './scales.mjs';

const DAY = 86_400_000;
const ORG_TYPES = ['association', 'foundation', 'school', 'municipal_institution', 'informal_group'];
const FIRST = ['Anna', 'Jānis', 'Ilze', 'Pēteris', 'Inese', 'Aivars', 'Līga', 'Andris', 'Dace', 'Māris', 'Sandra', 'Edgars'];
const LAST = ['Bērziņa', 'Kalniņš', 'Ozola', 'Liepiņš', 'Krūmiņa', 'Vītols', 'Zariņa', 'Balodis', 'Strode', 'Gailis'];
const ORG_WORDS = ['kopiena', 'attīstība', 'jaunieši', 'senioru klubs', 'kultūras biedrība', 'sporta klubs', 'vecāku padome'];
const CLOSED_STATUSES = [
  ['submitted', 18], ['eligible', 12], ['ineligible', 6], ['under_review', 16], ['reviewed', 12],
  ['awarded', 14], ['waitlisted', 6], ['rejected', 12], ['withdrawn', 4],
];
/** The EXPORT call is decided and every application in it went through review: all 20,000 are in its ranked list. */
const EXPORT_STATUSES = [['reviewed', 10], ['awarded', 30], ['waitlisted', 15], ['rejected', 45]];
export const REVIEWED_STATUSES = new Set(['under_review', 'reviewed', 'awarded', 'waitlisted', 'rejected']);
export const DECIDED_STATUSES = new Set(['awarded', 'waitlisted', 'rejected']);
export const ELIGIBILITY_STATUSES = new Set(['eligible', 'ineligible', ...REVIEWED_STATUSES]);

function weighted(random, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [value, w] of table) if ((roll -= w) < 0) return value;
  return table[0][0];
}

export function makePlan(scale, random, municipalities, now) {
  const users = [];
  const addUser = (kind, roles, email) => users.push({ id: random.uuid(), kind, roles, email, name: `${random.pick(FIRST)} ${random.pick(LAST)}`, locale: random.chance(0.85) ? 'lv' : 'en' }) - 1;
  addUser('admin', ['admin'], `admin@${EMAIL_DOMAIN}`);
  const coordinators = Array.from({ length: scale.coordinators }, (_, i) => addUser('coordinator', ['coordinator'], `coordinator-${i}@${EMAIL_DOMAIN}`));
  const reviewers = Array.from({ length: scale.reviewers }, (_, i) => addUser('reviewer', ['reviewer'], `reviewer-${i}@${EMAIL_DOMAIN}`));
  const dashboardUser = addUser('dashboard', ['applicant'], `applicant@${EMAIL_DOMAIN}`);
  const surgeUsers = Array.from({ length: scale.surgeApplicants }, (_, i) => addUser('surge', ['applicant'], `surge-${i}@${EMAIL_DOMAIN}`));
  const autosaveUsers = Array.from({ length: scale.autosaveApplicants }, (_, i) => addUser('autosave', ['applicant'], `autosave-${i}@${EMAIL_DOMAIN}`));
  const applicants = [];
  while (users.length < scale.users) applicants.push(addUser('applicant', ['applicant'], `user-${users.length}@${EMAIL_DOMAIN}`));

  const programmes = Array.from({ length: scale.programmes }, (_, i) => ({ id: random.uuid(), slug: `bench-${i}`, index: i }));
  const staff = programmes.flatMap((programme, p) => coordinators.filter((_, c) => c % programmes.length === p).map((user) => ({ programme, user })));

  const organisations = [];
  const members = [];
  const addOrg = (owner, extraMembers = []) => {
    const index = organisations.length;
    const type = random.pick(ORG_TYPES);
    organisations.push({
      id: random.uuid(),
      type,
      name: `Biedrība „${random.pick(municipalities).nameLv.split(' ')[0]} ${random.pick(ORG_WORDS)} ${index}”`,
      registrationNumber: type === 'informal_group' ? null : String(40_000_000_000 + index),
      municipalityCode: random.pick(municipalities).code,
      owner,
    });
    members.push({ org: index, user: owner, role: 'owner' });
    for (const user of extraMembers) if (user !== owner) members.push({ org: index, user, role: 'member' });
    return index;
  };
  const dashboardOrgs = [0, 1, 2].map(() => addOrg(dashboardUser, [random.pick(applicants)]));
  const surgeOrgs = surgeUsers.map((user) => addOrg(user));
  const autosaveOrgs = autosaveUsers.map((user) => addOrg(user));
  const generalOrgs = [];
  while (organisations.length < scale.organisations) {
    const owner = random.pick(applicants);
    generalOrgs.push(addOrg(owner, Array.from({ length: random.int(0, 2) }, () => random.pick(applicants))));
  }

  const calls = [];
  const addCall = (code, programme, open) => {
    const closesAt = open ? new Date(now + random.int(20, 90) * DAY) : new Date(now - random.int(30, 700) * DAY);
    calls.push({
      id: random.uuid(),
      code,
      programme,
      open,
      status: open ? 'published' : random.chance(0.6) ? 'decided' : 'closed',
      opensAt: new Date(closesAt.getTime() - random.int(30, 60) * DAY),
      closesAt,
      sequence: 0,
    });
    return calls.length - 1;
  };
  const surgeCall = addCall(SURGE_CALL_CODE, programmes[0], true);
  const bigCall = addCall(BIG_CALL_CODE, programmes[0], false);
  calls[bigCall].status = 'closed';
  const exportCall = addCall(EXPORT_CALL_CODE, programmes[0], false);
  calls[exportCall].status = 'decided';
  while (calls.length < scale.calls) addCall(`K${String(calls.length).padStart(3, '0')}`, random.pick(programmes), calls.length < scale.openCalls);
  const openCalls = calls.map((_, i) => i).filter((i) => calls[i].open && i !== surgeCall);
  const closedCalls = calls.map((_, i) => i).filter((i) => !calls[i].open && i !== bigCall && i !== exportCall);

  const applications = [];
  const addApplication = (call, org, status, kind = 'general') => {
    const c = calls[call];
    const createdAt = new Date(c.opensAt.getTime() + random.int(0, 20) * DAY);
    const submitted = status !== 'draft';
    const submittedAt = submitted ? new Date(Math.min(c.closesAt.getTime() - 60_000, createdAt.getTime() + random.int(1, 10) * DAY)) : null;
    applications.push({
      id: random.uuid(),
      seed: Math.floor(random.next() * 2 ** 31),
      call,
      org,
      status,
      kind,
      submitter: organisations[org].owner,
      reference: submitted ? `${c.code}-${c.opensAt.getUTCFullYear()}-${String(++c.sequence).padStart(3, '0')}` : null,
      createdAt,
      submittedAt,
      decidedAt: DECIDED_STATUSES.has(status) ? new Date(c.closesAt.getTime() + 20 * DAY) : null,
      revisions: submitted ? (random.chance(0.1) ? 2 : 1) : 0,
    });
  };
  const closedStatus = (call) => {
    const status = weighted(random, CLOSED_STATUSES);
    // Decisions exist only on decided calls; elsewhere the application waits for them.
    return calls[call].status === 'decided' || !DECIDED_STATUSES.has(status) ? status : 'reviewed';
  };
  dashboardOrgs.forEach((org, i) => {
    for (let k = 0; k < (i === 0 ? 4 : 3); k++) {
      const open = k % 2 === 0 && openCalls.length > 0;
      const call = open ? random.pick(openCalls) : random.pick(closedCalls.length > 0 ? closedCalls : [bigCall]);
      addApplication(call, org, open ? 'draft' : closedStatus(call), 'dashboard');
    }
  });
  surgeOrgs.forEach((org) => addApplication(surgeCall, org, 'draft', 'surge'));
  autosaveOrgs.forEach((org) => addApplication(surgeCall, org, 'draft', 'autosave'));
  for (let i = 0; i < scale.bigCallApplications; i++) addApplication(bigCall, random.pick(generalOrgs), closedStatus(bigCall), 'big');
  for (let i = 0; i < scale.exportCallApplications; i++) addApplication(exportCall, random.pick(generalOrgs), weighted(random, EXPORT_STATUSES), 'export');
  while (applications.length < scale.applications) {
    const open = openCalls.length > 0 && random.chance(openCalls.length / calls.length);
    const call = open ? random.pick(openCalls) : random.pick(closedCalls.length > 0 ? closedCalls : [bigCall]);
    addApplication(call, random.pick(generalOrgs), open ? (random.chance(0.6) ? 'draft' : 'submitted') : closedStatus(call));
  }

  return { users, coordinators, reviewers, programmes, staff, organisations, members, calls, applications, surgeCall, bigCall, exportCall };
}
