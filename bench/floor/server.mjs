// The floor: the least a server can do to answer scenarios 1 and 3 — node:http, pg, the same
// SQL and the same JSON as the app, the same session check — so the report can say how much
// of the machine the app's own layers take.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { listCallApplications, parseListQuery } from './call-applications.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.COOKIE_SECRET;

const CALL_COLUMNS = `c.id, c.code, c."titleLv", c."titleEn", c."descriptionLv", c."descriptionEn", c."eligibleOrganisationTypes"::text[] AS types,
  c."eligibleMunicipalityCodes" AS municipalities, c."budgetEnvelopeCents", c."minAwardCents", c."maxAwardCents", c."ownContributionPercent", c."overspendTolerancePercent", c."maxApplicationsPerOrganisation",
  c."opensAt", c."closesAt", c."contactEmail", c."contactPhone", c.status, p."nameLv" AS "programmeLv", p."nameEn" AS "programmeEn"`;

function publicCall(row) {
  return {
    code: row.code,
    title: { lv: row.titleLv, en: row.titleEn },
    description: { lv: row.descriptionLv, en: row.descriptionEn },
    eligibleOrganisationTypes: row.types,
    eligibleMunicipalityCodes: row.municipalities,
    budgetEnvelopeCents: Number(row.budgetEnvelopeCents),
    minAwardCents: Number(row.minAwardCents),
    maxAwardCents: Number(row.maxAwardCents),
    ownContributionPercent: row.ownContributionPercent,
    overspendTolerancePercent: row.overspendTolerancePercent,
    maxApplicationsPerOrganisation: row.maxApplicationsPerOrganisation,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    id: row.id,
    status: row.status,
    programmeName: { lv: row.programmeLv, en: row.programmeEn },
  };
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The signed session cookie → the signed-in user, as the app's session lookup does. */
async function sessionUser(req) {
  const raw = /(?:^|;\s*)kopa_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!raw) return null;
  const signed = decodeURIComponent(raw);
  const dot = signed.lastIndexOf('.');
  const token = signed.slice(0, dot);
  const expected = createHmac('sha256', secret).update(token).digest('base64').replace(/=+$/, '');
  const given = signed.slice(dot + 1);
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null;
  const { rows } = await pool.query(
    `SELECT u.id, u.roles::text[] AS roles FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()`,
    [createHash('sha256').update(token).digest('hex')],
  );
  return rows[0] ?? null;
}

async function route(req, res) {
  const url = new URL(req.url, 'http://floor');
  const parts = url.pathname.split('/').filter(Boolean);
  if (req.method !== 'GET' || parts[0] !== 'api') return send(res, 404, { status: 404 });
  if (parts[1] === 'public' && parts[2] === 'calls') {
    if (parts.length === 3) {
      const { rows } = await pool.query(`SELECT ${CALL_COLUMNS} FROM "Call" c JOIN "Programme" p ON p.id = c."programmeId"
        WHERE c.status = 'published' AND c."closesAt" > now() ORDER BY c."closesAt" ASC`);
      return send(res, 200, { items: rows.map(publicCall) });
    }
    if (!UUID.test(parts[3] ?? '')) return send(res, 400, { status: 400 });
    if (parts.length === 4) {
      const { rows } = await pool.query(`SELECT ${CALL_COLUMNS} FROM "Call" c JOIN "Programme" p ON p.id = c."programmeId" WHERE c.id = $1 AND c.status <> 'draft'`, [parts[3]]);
      return rows[0] ? send(res, 200, publicCall(rows[0])) : send(res, 404, { status: 404 });
    }
    if (parts.length === 5 && parts[4] === 'form') {
      const { rows } = await pool.query(`SELECT f."callId", f.version, f.definition FROM "CallForm" f JOIN "Call" c ON c.id = f."callId"
        WHERE f."callId" = $1 AND c.status = 'published' ORDER BY f.version DESC LIMIT 1`, [parts[3]]);
      return rows[0] ? send(res, 200, rows[0]) : send(res, 404, { status: 404 });
    }
  }
  if (parts[1] === 'calls' && parts[3] === 'applications' && parts.length === 4) {
    if (!UUID.test(parts[2])) return send(res, 400, { status: 400 });
    const user = await sessionUser(req);
    if (!user) return send(res, 401, { status: 401 });
    if (!user.roles.includes('coordinator') && !user.roles.includes('admin')) return send(res, 403, { status: 403 });
    const query = parseListQuery(url.searchParams);
    if (!query) return send(res, 400, { status: 400 });
    const body = await listCallApplications(pool, parts[2], user, query);
    return body ? send(res, 200, body) : send(res, 404, { status: 404 });
  }
  return send(res, 404, { status: 404 });
}

const server = createServer((req, res) => {
  route(req, res).catch((error) => {
    console.error(error);
    send(res, 500, { status: 500 });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`floor listening on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
