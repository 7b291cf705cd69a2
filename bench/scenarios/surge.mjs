// Scenario 5: the deadline surge — every surge applicant submits a finished draft within one
// window (a minute at national scale), then the harness checks what the applicants would:
// each submission stored once with its own reference, each receipt e-mail queued once and delivered.
import { runLoad } from '../lib/load.mjs';
import { fetchCsrf, mintSessions } from '../lib/sessions.mjs';

/** Puts the surge call's applications back to finished drafts, so the surge can run again. */
export async function resetSurge(db, surgeCallId) {
  await db.query('BEGIN');
  await db.query(`DELETE FROM "ApplicationRevision" WHERE "applicationId" IN (SELECT id FROM "Application" WHERE "callId" = $1)`, [surgeCallId]);
  await db.query(`DELETE FROM "AuditLog" WHERE "entityType" = 'application' AND action <> 'application.created' AND "entityId" IN (SELECT id::text FROM "Application" WHERE "callId" = $1)`, [surgeCallId]);
  await db.query(`UPDATE "Application" SET status = 'draft', "referenceNumber" = NULL, "submittedAt" = NULL, "submittedById" = NULL, version = 1 WHERE "callId" = $1`, [surgeCallId]);
  await db.query(`DELETE FROM "ReferenceCounter" WHERE code = (SELECT code FROM "Call" WHERE id = $1)`, [surgeCallId]);
  await db.query(`DELETE FROM "OutboxMessage"`);
  // The in-app copies of the receipts too: a copy already there means "sent before", and no e-mail is queued again.
  await db.query(`DELETE FROM "Notification" WHERE "dedupeKey" LIKE 'application-receipt:%'`);
  await db.query('COMMIT');
}

export async function surge(ctx) {
  const { rows: drafts } = await ctx.db.query(
    `SELECT a.id, a."createdById" AS "userId", u.email FROM "Application" a JOIN "User" u ON u.id = a."createdById"
     WHERE a."callId" = $1 AND u.email LIKE 'surge-%' ORDER BY u.email`,
    [ctx.data.surgeCallId],
  );
  const sessions = await mintSessions(ctx.db, drafts.map((d) => d.userId));
  const csrf = await fetchCsrf(ctx.appUrl);
  let next = 0;
  const started = Date.now();
  const result = await ctx.measure(() =>
    runLoad({
      url: ctx.appUrl,
      connections: Math.min(ctx.surgeConnections, drafts.length),
      amount: drafts.length,
      overallRate: Math.max(1, Math.ceil(drafts.length / ctx.surgeWindowSeconds)),
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const draft = drafts[next++ % drafts.length];
            return { ...req, path: `/api/applications/${draft.id}/submit`, headers: { cookie: `${sessions.get(draft.userId)}; ${csrf.cookie}`, 'x-csrf-token': csrf.token } };
          },
        },
      ],
      check: (_status, body) => (body.includes('"status":"submitted"') ? undefined : `not submitted: ${body.slice(0, 200)}`),
    }),
  );
  const submitSeconds = (Date.now() - started) / 1000;
  const verification = await verifySurge(ctx, drafts);
  return [{ scenario: '5 deadline surge', target: 'app', connections: Math.min(ctx.surgeConnections, drafts.length), note: `${drafts.length} submits in ${submitSeconds.toFixed(0)} s`, ...result, verification }];
}

async function verifySurge(ctx, drafts) {
  const ids = drafts.map((d) => d.id);
  const { rows: [stored] } = await ctx.db.query(
    `SELECT count(*) FILTER (WHERE status = 'submitted')::int AS submitted, count("referenceNumber")::int AS refs, count(DISTINCT "referenceNumber")::int AS "uniqueRefs",
       (SELECT count(*)::int FROM "ApplicationRevision" r WHERE r."applicationId" = ANY($1::uuid[])) AS revisions,
       (SELECT count(*)::int FROM "AuditLog" l WHERE l.action = 'application.submitted' AND l."entityId" = ANY($1::text[])) AS audits
     FROM "Application" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const outboxCount = async () =>
    (await ctx.db.query(
      `SELECT count(*)::int AS queued, count(DISTINCT "dedupeKey")::int AS keys, count("sentAt")::int AS sent FROM "OutboxMessage" WHERE "dedupeKey" LIKE 'application-receipt:%'`,
    )).rows[0];
  // Each surge applicant is the only member of their organisation: one receipt each.
  const deadline = Date.now() + ctx.mailTimeoutMs;
  let outbox = await outboxCount();
  const mailStarted = Date.now();
  // Waits for what was queued (a failed submission queues nothing) to be sent and received.
  while (Date.now() < deadline && (outbox.queued === 0 || outbox.sent < outbox.queued || ctx.sink.total < outbox.queued)) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    outbox = await outboxCount();
  }
  await new Promise((resolve) => setTimeout(resolve, 1000)); // a late duplicate would show up here
  outbox = await outboxCount();
  const deliveredOnce = drafts.filter((d) => ctx.sink.received(d.email) === 1).length;
  const deliveredTwice = drafts.filter((d) => ctx.sink.received(d.email) > 1).length;
  const verification = {
    expected: drafts.length,
    stored: stored.submitted,
    uniqueReferences: stored.uniqueRefs,
    revisions: stored.revisions,
    auditRows: stored.audits,
    receiptsQueued: outbox.queued,
    receiptsSent: outbox.sent,
    deliveredOnce,
    deliveredTwice,
    mailSeconds: Math.round((Date.now() - mailStarted) / 100) / 10,
  };
  const n = drafts.length;
  verification.ok = [stored.submitted, stored.refs, stored.uniqueRefs, stored.revisions, stored.audits, outbox.queued, outbox.keys, outbox.sent, deliveredOnce].every((v) => v === n) && deliveredTwice === 0;
  return verification;
}
