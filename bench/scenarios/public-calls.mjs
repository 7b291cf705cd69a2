// Scenario 1: anonymous visitors — the list of open calls, and one call's page (call + form).
import { runLoad } from '../lib/load.mjs';

const okJson = (_status, body) => (body.startsWith('{') ? undefined : 'not JSON');

export async function publicCalls(ctx) {
  const rows = [];
  for (const [target, url] of [['app', ctx.appUrl], ['floor', ctx.floorUrl]]) {
    rows.push({ scenario: '1a open calls list', target, connections: 50, ...(await ctx.measure(() => runLoad({ url, ...ctx.size(50), requests: [{ method: 'GET', path: '/api/public/calls' }], check: okJson }))) });
  }
  const call = `/api/public/calls/${ctx.data.openCallId}`;
  for (const [target, url] of [['app', ctx.appUrl], ['floor', ctx.floorUrl]]) {
    rows.push({
      scenario: '1b one call page',
      target,
      connections: 50,
      ...(await ctx.measure(() => runLoad({ url, ...ctx.size(50), requests: [{ method: 'GET', path: call }, { method: 'GET', path: `${call}/form` }], check: okJson }))),
    });
  }
  return rows;
}
