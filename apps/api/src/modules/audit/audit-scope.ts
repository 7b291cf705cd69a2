import { Prisma } from '../../generated/prisma/client';

/**
 * What a programme coordinator may read of the audit log: per entity type, the ids of the
 * entities they may read anyway, as SQL over the staff table. An entity type without a row
 * here (users, sessions, …) is never shown to coordinators. A feature that audits a new
 * entity kind coordinators should see adds its row here.
 */
const STAFFED_CALLS = (userId: string) => Prisma.sql`
  SELECT c.id FROM "Call" c
  JOIN "ProgrammeStaff" s ON s."programmeId" = c."programmeId"
  WHERE s."userId" = ${userId}::uuid`;

export const COORDINATOR_AUDIT_SCOPES: Record<string, (userId: string) => Prisma.Sql> = {
  // Calls and their forms (form versions are audited as `call` entries).
  call: (userId) => Prisma.sql`SELECT id::text FROM (${STAFFED_CALLS(userId)}) staffed`,
  application: (userId) => Prisma.sql`
    SELECT a.id::text FROM "Application" a WHERE a."callId" IN (${STAFFED_CALLS(userId)})`,
  // Organisations that applied to one of their calls.
  project: (userId) => Prisma.sql`
    SELECT p.id::text FROM "Project" p WHERE p."callId" IN (${STAFFED_CALLS(userId)})`,
  organisation: (userId) => Prisma.sql`
    SELECT DISTINCT a."organisationId"::text FROM "Application" a WHERE a."callId" IN (${STAFFED_CALLS(userId)})`,
};

/** The WHERE fragment restricting audit rows (alias `l`) to what a coordinator may read. */
export function coordinatorScope(userId: string): Prisma.Sql {
  const clauses = Object.entries(COORDINATOR_AUDIT_SCOPES).map(
    ([entityType, ids]) => Prisma.sql`(l."entityType" = ${entityType} AND l."entityId" IN (${ids(userId)}))`,
  );
  return Prisma.sql`(${Prisma.join(clauses, ' OR ')})`;
}

/** Keys that hold personal data of other people; older rows may still carry them. */
const PERSONAL_KEYS = new Set(['email', 'ipAddress', 'userAgent', 'passwordHash', 'tokenHash']);

/** Removes personal keys at any depth of a before/after snapshot shown to non-admins. */
export function withoutPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!PERSONAL_KEYS.has(key)) out[key] = withoutPersonalData(inner);
  }
  return out;
}
