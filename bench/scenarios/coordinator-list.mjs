// Scenario 3: a coordinator's list of one call holding 5,000 applications, filtered by status,
// municipality and amount range, sorted and paged (page/pageSize are sent; a route that does
// not page yet ignores them and answers the whole filtered list).
import { runLoad } from '../lib/load.mjs';
import { mintSessions } from '../lib/sessions.mjs';
import { EMAIL_DOMAIN } from '../data/scales.mjs';

export function listQueries(municipalities) {
  const queries = [];
  for (const [i, code] of municipalities.entries()) {
    queries.push(`status=submitted&municipalityCode=${code}&sort=requested&order=desc&page=1&pageSize=50`);
    queries.push(`requestedMin=100000&requestedMax=250000&sort=organisation&order=asc&page=${1 + (i % 3)}&pageSize=50`);
    queries.push(`status=under_review&sort=submittedAt&order=asc&page=1&pageSize=50`);
  }
  queries.push('sort=submittedAt&order=desc&page=2&pageSize=50');
  return queries;
}

export async function coordinatorList(ctx) {
  // Coordinators sign in with a second factor; the scenario measures the list, so its session is
  // written directly (as for the surge users) instead of going through password + TOTP.
  const { rows: [coordinator] } = await ctx.db.query('SELECT id FROM "User" WHERE email = $1', [`coordinator-0@${EMAIL_DOMAIN}`]);
  const sessions = await mintSessions(ctx.db, [coordinator.id]);
  const headers = { cookie: sessions.get(coordinator.id) };
  const paths = listQueries(ctx.data.municipalities).map((query) => `/api/calls/${ctx.data.bigCallId}/applications?${query}`);
  const rows = [];
  for (const [target, url] of [['app', ctx.appUrl], ['floor', ctx.floorUrl]]) {
    const first = await fetch(`${url}${paths[0]}`, { headers });
    const bytes = (await first.arrayBuffer()).byteLength;
    if (first.status !== 200) throw new Error(`${target} ${paths[0]} answered ${first.status}`);
    const result = await ctx.measure(() =>
      runLoad({
        url,
        ...ctx.size(10),
        headers,
        requests: paths.map((path) => ({ method: 'GET', path })),
        check: (_status, body) => (body.startsWith('{"items":') ? undefined : 'unexpected body'),
      }),
    );
    rows.push({ scenario: '3 coordinator call list', target, connections: 10, note: `answer ${(bytes / 1024).toFixed(1)} KB`, ...result });
  }
  return rows;
}
