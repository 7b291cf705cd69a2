import { Injectable } from '@nestjs/common';
import type { TOrganisationRole } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma } from '../../generated/prisma/client';

export const applicationDetailInclude = {
  call: true,
  organisation: true,
  clarifications: { where: { resolvedAt: null }, orderBy: { createdAt: 'desc' }, take: 1 },
  _count: { select: { revisions: true } },
} as const satisfies Prisma.ApplicationInclude;

/** One application with what every access decision and response needs. */
export type ApplicationDetail = Prisma.ApplicationGetPayload<{ include: typeof applicationDetailInclude }>;

const admittedApplicationSelect = {
  id: true,
  callId: true,
  organisationId: true,
  call: { select: { programmeId: true } },
} as const satisfies Prisma.ApplicationSelect;

/** The few facts of an application its access is decided by (features load their own rows after). */
export type AdmittedApplication = Prisma.ApplicationGetPayload<{ select: typeof admittedApplicationSelect }>;

type Db = PrismaService | Tx;

/**
 * The only queries that decide who may touch an application or a call's applications:
 * membership of the applying organisation, staff of the call's programme, review
 * assignments, and the form version the answers belong to. Prisma only.
 */
@Injectable()
export class ApplicationAccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  findDetail(id: string, db: Db = this.prisma): Promise<ApplicationDetail | null> {
    return db.application.findUnique({ where: { id }, include: applicationDetailInclude });
  }

  /**
   * Locks the application row until the transaction ends, then reads it: concurrent
   * autosaves, uploads and submissions of one application run one after the other.
   */
  async lockDetail(tx: Tx, id: string): Promise<ApplicationDetail> {
    await this.lockApplication(tx, id);
    return tx.application.findUniqueOrThrow({ where: { id }, include: applicationDetailInclude });
  }

  /**
   * The caller's role in the applying organisation, locking the application row with the same
   * statement; null (and no lock, no wait) for anyone who is not a member.
   */
  async lockAsMember(tx: Tx, id: string, userId: string): Promise<TOrganisationRole | null> {
    const rows = await tx.$queryRaw<Array<{ role: TOrganisationRole }>>`
      SELECT m.role::text AS role
      FROM "Application" a
      JOIN "OrganisationMember" m ON m."organisationId" = a."organisationId" AND m."userId" = ${userId}::uuid
      WHERE a.id = ${id}::uuid
      FOR UPDATE OF a`;
    return rows[0]?.role ?? null;
  }

  async lockApplication(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  findAdmissionFacts(id: string, db: Db = this.prisma): Promise<AdmittedApplication | null> {
    return db.application.findUnique({ where: { id }, select: admittedApplicationSelect });
  }

  findMembership(organisationId: string, userId: string, db: Db = this.prisma) {
    return db.organisationMember.findUnique({
      where: { organisationId_userId: { organisationId, userId } },
      select: { role: true },
    });
  }

  async isProgrammeStaff(programmeId: string, userId: string, db: Db = this.prisma): Promise<boolean> {
    const row = await db.programmeStaff.findUnique({
      where: { programmeId_userId: { programmeId, userId } },
      select: { userId: true },
    });
    return row !== null;
  }

  findAssignment(applicationId: string, reviewerId: string, db: Db = this.prisma) {
    return db.reviewAssignment.findUnique({
      where: { applicationId_reviewerId: { applicationId, reviewerId } },
      select: { id: true, status: true },
    });
  }

  findForm(callId: string, version: number, db: Db = this.prisma) {
    return db.callForm.findUnique({ where: { callId_version: { callId, version } }, select: { definition: true } });
  }

  findForms(keys: { callId: string; version: number }[]) {
    if (keys.length === 0) return Promise.resolve([]);
    return this.prisma.callForm.findMany({
      where: { OR: keys.map(({ callId, version }) => ({ callId, version })) },
      select: { callId: true, version: true, definition: true },
    });
  }

  findCall(callId: string, db: Db = this.prisma) {
    return db.call.findUnique({ where: { id: callId } });
  }

  /**
   * Whether the call exists and the user staffs its programme, in one statement: the
   * coordinator's lists ask it on every page.
   */
  async findCallReader(callId: string, userId: string): Promise<{ programmeStaff: boolean } | null> {
    const rows = await this.prisma.readRaw<{ programmeStaff: boolean }>(Prisma.sql`
      SELECT EXISTS (SELECT 1 FROM "ProgrammeStaff" s WHERE s."programmeId" = c."programmeId" AND s."userId" = ${userId}::uuid) AS "programmeStaff"
      FROM "Call" c WHERE c.id = ${callId}::uuid`);
    return rows[0] ?? null;
  }

  /** Locks the call row: writes to its settings, rubric, assignments and decisions run one after another. */
  async lockCall(tx: Tx, callId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Call" WHERE id = ${callId}::uuid FOR UPDATE`;
  }
}
