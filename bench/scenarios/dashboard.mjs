// Scenario 2: an applicant's dashboard — a user in 3 organisations with 10 applications,
// signed in through the real login route; the three requests the dashboard page makes.
import { runLoad } from '../lib/load.mjs';
import { login } from '../lib/sessions.mjs';
import { BENCH_PASSWORD, EMAIL_DOMAIN } from '../data/scales.mjs';

export async function dashboard(ctx) {
  const session = await login(ctx.appUrl, `applicant@${EMAIL_DOMAIN}`, BENCH_PASSWORD);
  const headers = { cookie: session.cookie };
  const mine = await (await fetch(`${ctx.appUrl}/api/applications/mine`, { headers })).json();
  if (mine.items?.length !== 10) throw new Error(`the dashboard user should see 10 applications, sees ${mine.items?.length}`);
  const result = await ctx.measure(() =>
    runLoad({
      url: ctx.appUrl,
      ...ctx.size(50),
      headers,
      requests: ['/api/auth/session', '/api/organisations/mine', '/api/applications/mine'].map((path) => ({ method: 'GET', path })),
      check: (_status, body) => (body.includes('"items"') || body.includes('"user"') ? undefined : 'unexpected body'),
    }),
  );
  return [{ scenario: '2 applicant dashboard', target: 'app', connections: 50, ...result }];
}
