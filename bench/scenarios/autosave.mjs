// Scenario 4: draft autosave — 200 applicants at once, each PATCHing their own draft's answers
// with the field version they last saw (as the editor does), so every save should merge cleanly.
import { runLoad } from '../lib/load.mjs';
import { fetchCsrf, mintSessions } from '../lib/sessions.mjs';

export async function autosave(ctx) {
  const { rows: drafts } = await ctx.db.query(
    `SELECT a.id, a."createdById" AS "userId", (a."fieldVersions"->>'summary')::int AS version
     FROM "Application" a JOIN "User" u ON u.id = a."createdById"
     WHERE a."callId" = $1 AND u.email LIKE 'autosave-%' ORDER BY u.email`,
    [ctx.data.surgeCallId],
  );
  const sessions = await mintSessions(ctx.db, drafts.map((d) => d.userId));
  const csrf = await fetchCsrf(ctx.appUrl);
  const versions = new Map(drafts.map((d) => [d.id, d.version]));
  let saves = 0;
  const perClient = (index) => {
    const draft = drafts[index % drafts.length];
    return [
      {
        method: 'PATCH',
        path: `/api/applications/${draft.id}/answers`,
        headers: { 'content-type': 'application/json', cookie: `${sessions.get(draft.userId)}; ${csrf.cookie}`, 'x-csrf-token': csrf.token },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            changes: { summary: `Iekārtosim kopienas dārzu; melnraksts saglabāts ${++saves}. reizi.` },
            baseFieldVersions: { summary: versions.get(draft.id) },
          }),
        }),
        onResponse: (status, body) => {
          if (status === 200) {
            const version = /"summary":(\d+)/.exec(body.slice(body.indexOf('"fieldVersions"')))?.[1];
            if (version) versions.set(draft.id, Number(version));
          }
        },
      },
    ];
  };
  const connections = drafts.length;
  const result = await ctx.measure(() =>
    runLoad({
      url: ctx.appUrl,
      ...ctx.size(connections),
      perClient,
      check: (_status, body) => (body.includes('"conflicts":[]') ? undefined : `save not merged: ${body.slice(-200)}`),
    }),
  );
  return [{ scenario: '4 draft autosave', target: 'app', ...result }];
}
