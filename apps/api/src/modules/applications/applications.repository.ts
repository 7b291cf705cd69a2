import { Injectable } from '@nestjs/common';
import type { TApplicationStatus, TOrganisationType } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const detailInclude = {
  call: true,
  organisation: true,
  clarifications: { where: { resolvedAt: null }, orderBy: { createdAt: 'desc' }, take: 1 },
  _count: { select: { revisions: true } },
} as const satisfies Prisma.ApplicationInclude;

export type ApplicationDetail = Prisma.ApplicationGetPayload<{ include: typeof detailInclude }>;

type Db = PrismaService | Tx;

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findMembership(organisationId: string, userId: string, db: Db = this.prisma) {
    return db.organisationMember.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
  }

  findOrganisation(id: string) {
    return this.prisma.organisation.findUnique({ where: { id } });
  }

  findCallWithLatestForm(callId: string) {
    return this.prisma.call.findUnique({
      where: { id: callId },
      include: { forms: { orderBy: { version: 'desc' }, take: 1 } },
    });
  }

  findForm(callId: string, version: number, db: Db = this.prisma) {
    return db.callForm.findUnique({ where: { callId_version: { callId, version } } });
  }

  /** Holds the form version still while a submission reads it, so a builder save cannot edit it in between. */
  async lockFormForShare(tx: Tx, callId: string, version: number): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "CallForm" WHERE "callId" = ${callId}::uuid AND "version" = ${version} FOR SHARE`;
  }

  findForms(callIds: string[]) {
    return this.prisma.callForm.findMany({ where: { callId: { in: callIds } } });
  }

  isProgrammeStaff(programmeId: string, userId: string) {
    return this.prisma.programmeStaff
      .findUnique({ where: { programmeId_userId: { programmeId, userId } } })
      .then((row) => row !== null);
  }

  create(tx: Tx, data: Prisma.ApplicationUncheckedCreateInput) {
    return tx.application.create({ data });
  }

  findDetail(id: string, db: Db = this.prisma): Promise<ApplicationDetail | null> {
    return db.application.findUnique({ where: { id }, include: detailInclude });
  }

  /**
   * Locks the application row until the transaction ends, then reads it: concurrent
   * autosaves and submissions of one application run one after the other.
   */
  async lockDetail(tx: Tx, id: string): Promise<ApplicationDetail> {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.application.findUniqueOrThrow({ where: { id }, include: detailInclude });
  }

  update(tx: Tx, id: string, data: Prisma.ApplicationUncheckedUpdateInput) {
    return tx.application.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  }

  /** Next sequence number for a call code and year, atomically (one counter row per code and year). */
  async nextReferenceSequence(tx: Tx, code: string, year: number): Promise<number> {
    const rows = await tx.$queryRaw<{ last: number }[]>`
      INSERT INTO "ReferenceCounter" (code, year, last) VALUES (${code}, ${year}, 1)
      ON CONFLICT (code, year) DO UPDATE SET last = "ReferenceCounter".last + 1
      RETURNING last`;
    return Number(rows[0]!.last);
  }

  createRevision(tx: Tx, data: Prisma.ApplicationRevisionUncheckedCreateInput) {
    return tx.applicationRevision.create({ data });
  }

  countLiveAttachments(tx: Tx, applicationId: string, questionId: string, ids: string[]) {
    return tx.attachment.count({ where: { id: { in: ids }, applicationId, questionId, deletedAt: null } });
  }

  createClarification(tx: Tx, data: Prisma.ClarificationRequestUncheckedCreateInput) {
    return tx.clarificationRequest.create({ data });
  }

  resolveClarifications(tx: Tx, applicationId: string, at: Date) {
    return tx.clarificationRequest.updateMany({ where: { applicationId, resolvedAt: null }, data: { resolvedAt: at } });
  }

  /** The coordinators who asked the still-open clarifications of an application (to tell them it was answered). */
  async findOpenClarificationRequesters(tx: Tx, applicationId: string) {
    const open = await tx.clarificationRequest.findMany({
      where: { applicationId, resolvedAt: null, requestedById: { not: null } },
      select: { id: true, requestedById: true },
    });
    const users = await tx.user.findMany({
      where: { id: { in: open.map((row) => row.requestedById!) }, deactivatedAt: null },
      select: { id: true, email: true, displayName: true, locale: true },
    });
    return open.flatMap((row) => users.filter((user) => user.id === row.requestedById).map((user) => ({ clarificationId: row.id, user })));
  }

  /** Owners of the organisation and the given users (e.g. the last submitter), once each. */
  findRecipients(tx: Tx, organisationId: string, extraUserIds: string[]) {
    return tx.user.findMany({
      where: {
        OR: [{ memberships: { some: { organisationId, role: 'owner' } } }, { id: { in: extraUserIds } }],
      },
      select: { id: true, email: true, displayName: true, locale: true },
      orderBy: { email: 'asc' },
    });
  }

  listMine(userId: string) {
    return this.prisma.application.findMany({
      where: { organisation: { members: { some: { userId } } } },
      include: {
        call: true,
        organisation: { select: { legalName: true } },
        clarifications: { where: { resolvedAt: null }, orderBy: { createdAt: 'desc' }, take: 1 },
      },
      orderBy: { updatedAt: 'desc' },
    });
  }

  listForCall(callId: string, filters: { status?: TApplicationStatus; municipalityCode?: string; organisationType?: TOrganisationType }) {
    return this.prisma.application.findMany({
      where: {
        callId,
        ...(filters.status ? { status: filters.status } : {}),
        organisation: {
          ...(filters.municipalityCode ? { municipalityCode: filters.municipalityCode } : {}),
          ...(filters.organisationType ? { type: filters.organisationType } : {}),
        },
      },
      include: { organisation: { select: { legalName: true, type: true, municipalityCode: true } } },
    });
  }

  findCall(callId: string) {
    return this.prisma.call.findUnique({ where: { id: callId } });
  }

  listRevisions(applicationId: string) {
    return this.prisma.applicationRevision.findMany({ where: { applicationId }, orderBy: { number: 'asc' } });
  }

  findRevisions(applicationId: string, numbers: number[]) {
    return this.prisma.applicationRevision.findMany({ where: { applicationId, number: { in: numbers } } });
  }

  findUsers(ids: string[]) {
    return this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  }

  listAudit(applicationId: string) {
    return this.prisma.auditLog.findMany({
      where: { entityType: 'application', entityId: applicationId },
      include: { actor: { select: { displayName: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }
}
