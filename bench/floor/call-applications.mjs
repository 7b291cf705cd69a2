// A coordinator's list of one call's applications, filtered, sorted and paged in SQL.
const STATUSES = new Set(['draft', 'submitted', 'clarification_requested', 'eligible', 'ineligible', 'under_review', 'reviewed', 'awarded', 'waitlisted', 'rejected', 'withdrawn']);
const TYPES = new Set(['association', 'foundation', 'school', 'municipal_institution', 'informal_group']);
const SORTS = { submittedAt: 'a."submittedAt"', requested: 'a."requestedCents"', organisation: 'o."legalName"', status: 'a.status' };
const MAX_PAGE_SIZE = 100;

/** The same bounds as the app's query schema; null when a parameter is out of them. */
export function parseListQuery(params) {
  const int = (name, min, max, fallback) => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    return Number.isInteger(value) && value >= min && value <= max ? value : NaN;
  };
  const query = {
    status: params.get('status') ?? undefined,
    municipalityCode: params.get('municipalityCode') ?? undefined,
    organisationType: params.get('organisationType') ?? undefined,
    requestedMin: int('requestedMin', 0, Number.MAX_SAFE_INTEGER, undefined),
    requestedMax: int('requestedMax', 0, Number.MAX_SAFE_INTEGER, undefined),
    sort: params.get('sort') ?? 'submittedAt',
    order: params.get('order') ?? 'asc',
    page: int('page', 1, 100_000, 1),
    pageSize: int('pageSize', 1, MAX_PAGE_SIZE, 25),
  };
  if ([query.requestedMin, query.requestedMax, query.page, query.pageSize].some(Number.isNaN)) return null;
  if (query.status && !STATUSES.has(query.status)) return null;
  if (query.organisationType && !TYPES.has(query.organisationType)) return null;
  if (query.municipalityCode && query.municipalityCode.length > 50) return null;
  if (!(query.sort in SORTS) || !['asc', 'desc'].includes(query.order)) return null;
  return query;
}

/** Staff of the call's programme (or an admin) only; null when the call is not theirs. */
export async function listCallApplications(pool, callId, user, query) {
  const { rows: access } = await pool.query(
    `SELECT EXISTS (SELECT 1 FROM "ProgrammeStaff" s WHERE s."programmeId" = c."programmeId" AND s."userId" = $2) AS staff FROM "Call" c WHERE c.id = $1`,
    [callId, user.id],
  );
  if (!access[0] || !(access[0].staff || user.roles.includes('admin'))) return null;

  const where = ['a."callId" = $1'];
  const values = [callId];
  const add = (sql, value) => {
    values.push(value);
    where.push(sql.replace('?', `$${values.length}`));
  };
  if (query.status) add('a.status = ?::"ApplicationStatus"', query.status);
  if (query.municipalityCode) add('o."municipalityCode" = ?', query.municipalityCode);
  if (query.organisationType) add('o.type = ?::"OrganisationType"', query.organisationType);
  if (query.requestedMin !== undefined) add('a."requestedCents" >= ?', query.requestedMin);
  if (query.requestedMax !== undefined) add('a."requestedCents" <= ?', query.requestedMax);
  const order = `${SORTS[query.sort]} ${query.order === 'desc' ? 'DESC' : 'ASC'}, a.id ASC`;
  values.push(query.pageSize, (query.page - 1) * query.pageSize);
  const { rows } = await pool.query(
    `SELECT a.id, a."referenceNumber", a."organisationId", o."legalName", o.type, o."municipalityCode", o."contactEmail", o."contactPhone",
       a."projectTitle", a."requestedCents", a.status, a."submittedAt",
       count(*) OVER () AS total
     FROM "Application" a JOIN "Organisation" o ON o.id = a."organisationId"
     WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      referenceNumber: row.referenceNumber,
      organisationId: row.organisationId,
      organisationName: row.legalName,
      organisationType: row.type,
      municipalityCode: row.municipalityCode,
      organisationContactEmail: row.contactEmail,
      organisationContactPhone: row.contactPhone,
      projectTitle: row.projectTitle,
      requestedCents: row.requestedCents === null ? null : Number(row.requestedCents),
      status: row.status,
      submittedAt: row.submittedAt?.toISOString() ?? null,
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
