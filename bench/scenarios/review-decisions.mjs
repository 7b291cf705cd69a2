// Scenario 6: review and decisions — a reviewer's workspace (their assignments, one assignment
// opened), the ranked list of the BIG call (5,000 applications: sorted, filtered, paged), and the
// coordinator's home page with its per-call aggregates. 10 connections each.
import { runLoad } from '../lib/load.mjs';
import { mintSessions } from '../lib/sessions.mjs';
import { EMAIL_DOMAIN } from '../data/scales.mjs';

const isJson = (_status, body) => (body.startsWith('{') ? undefined : `unexpected body: ${body.slice(0, 100)}`);

async function reviewerWorkspace(ctx) {
  // The reviewer with the most assignments in the BIG call: the busiest workspace there is.
  const { rows: [reviewer] } = await ctx.db.query(
    `SELECT "reviewerId" AS id FROM "ReviewAssignment" WHERE "callId" = $1 GROUP BY "reviewerId" ORDER BY count(*) DESC, "reviewerId" LIMIT 1`,
    [ctx.data.bigCallId],
  );
  if (!reviewer) throw new Error('the BIG call has no review assignments: regenerate the dataset (--fresh)');
  const { rows: assignments } = await ctx.db.query(
    `SELECT id FROM "ReviewAssignment" WHERE "reviewerId" = $1 AND "callId" = $2 ORDER BY id LIMIT 20`,
    [reviewer.id, ctx.data.bigCallId],
  );
  const sessions = await mintSessions(ctx.db, [reviewer.id]);
  const paths = [
    '/api/reviews/assignments?page=1&pageSize=25',
    '/api/reviews/assignments?page=2&pageSize=25',
    ...assignments.map((a) => `/api/reviews/assignments/${a.id}`),
  ];
  return { name: '6a reviewer workspace', headers: { cookie: sessions.get(reviewer.id) }, paths };
}

async function coordinatorPages(ctx) {
  const { rows: [coordinator] } = await ctx.db.query('SELECT id FROM "User" WHERE email = $1', [`coordinator-0@${EMAIL_DOMAIN}`]);
  const sessions = await mintSessions(ctx.db, [coordinator.id]);
  const headers = { cookie: sessions.get(coordinator.id) };
  const ranking = `/api/calls/${ctx.data.bigCallId}/ranking`;
  return [
    {
      name: '6b ranked list (decisions)',
      headers,
      paths: [
        `${ranking}?page=1&pageSize=50`,
        `${ranking}?page=3&pageSize=50&sort=total&order=desc`,
        `${ranking}?page=1&pageSize=50&flag=disagreement`,
        `${ranking}?page=1&pageSize=50&status=reviewed`,
        `${ranking}?page=2&pageSize=50&sort=requested&order=asc`,
      ],
    },
    { name: '6c coordinator home', headers, paths: ['/api/workspace/coordinator'] },
  ];
}

export async function reviewDecisions(ctx) {
  const pages = [await reviewerWorkspace(ctx), ...(await coordinatorPages(ctx))];
  const rows = [];
  for (const { name, headers, paths } of pages) {
    for (const path of paths) {
      const response = await fetch(`${ctx.appUrl}${path}`, { headers });
      if (response.status !== 200) throw new Error(`${name}: ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    const result = await ctx.measure(() =>
      runLoad({ url: ctx.appUrl, ...ctx.size(10), headers, requests: paths.map((path) => ({ method: 'GET', path })), check: isJson }),
    );
    rows.push({ scenario: name, target: 'app', connections: 10, ...result });
  }
  return rows;
}
