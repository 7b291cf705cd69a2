import { ACTOR_LABELS, ACTORS, AUTHORIZATION_MATRIX, type Actor, type MatrixRow, type Outcome } from './authorization-matrix';

/** Column headings of the published table (the legend names them in full). */
const SHORT: Record<Actor, string> = {
  anonymous: 'Anon',
  owner: 'Owner',
  member: 'Member',
  otherApplicant: 'Other appl.',
  reviewerAssigned: 'Rev. assigned',
  reviewerUnassigned: 'Rev. not assigned',
  reviewerConflicted: 'Rev. conflicted',
  consultant: 'Consultant',
  coordinator: 'Coord.',
  otherCoordinator: 'Other coord.',
  admin: 'Admin',
};

const cell = (outcome: Outcome) => (outcome === 'ok' ? '✓' : String(outcome));
const escape = (text: string) => text.replace(/\|/g, '\\|');

/** docs/authorization-matrix.md, generated from AUTHORIZATION_MATRIX (never edited by hand). */
export function renderAuthorizationMatrixMarkdown(rows: readonly MatrixRow[] = AUTHORIZATION_MATRIX): string {
  const lines = [
    '# Authorization matrix',
    '',
    '<!-- Generated from apps/api/src/security/authorization-matrix.ts by `pnpm --filter @kopa/api docs:matrix`; do not edit. -->',
    '',
    'What every route of the API answers to each kind of caller. The table in',
    '`apps/api/src/security/authorization-matrix.ts` is the source; `authorization-matrix.e2e-spec.ts`',
    'enumerates the routes of the running app, fails when a route has no row (or a row no route), and',
    'calls every route as every actor below against a seeded world, with valid bodies.',
    '',
    '- **✓** allowed: the request passes authorization (2xx; a write may still meet a state rule, 409).',
    '- **401** not signed in. **403** the role may not. **404** the object is hidden from this caller (not theirs to see).',
    '- The objects named by path parameters belong to organisation O (owner, member) and its application A to call C',
    '  of programme P; personal objects (sessions, notifications) are the owner’s. Sensitive routes assume a recent',
    '  re-authentication (`POST /api/auth/reauthenticate`); without it they answer 403 reauthentication-required.',
    '',
    '| Column | Actor |',
    '| --- | --- |',
    ...ACTORS.map((actor) => `| ${SHORT[actor]} | ${ACTOR_LABELS[actor]} |`),
    '',
    `| Route | Who | ${ACTORS.map((actor) => SHORT[actor]).join(' | ')} |`,
    `| --- | --- | ${ACTORS.map(() => ':-:').join(' | ')} |`,
    ...rows.map((row) => `| \`${escape(row.route)}\` | ${escape(row.rule)} | ${ACTORS.map((actor) => cell(row.expect[actor])).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}
