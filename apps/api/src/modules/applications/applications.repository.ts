import { Injectable } from '@nestjs/common';
import type { TCallApplicationListQuery } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { applicationDetailInclude, type ApplicationDetail } from '../application-access';

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findOrganisation(id: string) {
    return this.prisma.organisation.findUnique({ where: { id } });
  }

  findCallWithLatestForm(callId: string) {
    return this.prisma.call.findUnique({
      where: { id: callId },
      include: { forms: { orderBy: { version: 'desc' }, take: 1 } },
    });
  }

  /** Holds the form version still while a submission reads it, so a builder save cannot edit it in between. */
  async lockFormForShare(tx: Tx, callId: string, version: number): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "CallForm" WHERE "callId" = ${callId}::uuid AND "version" = ${version} FOR SHARE`;
  }

  create(tx: Tx, data: Prisma.ApplicationUncheckedCreateInput) {
    return tx.application.create({ data });
  }

  /** Writes and returns the row as the gate loads it, so the response is built in the same transaction. */
  update(tx: Tx, id: string, data: Prisma.ApplicationUncheckedUpdateInput): Promise<ApplicationDetail> {
    return tx.application.update({ where: { id }, data: { ...data, version: { increment: 1 } }, include: applicationDetailInclude });
  }

  /** The row as the gate loads it, read inside a write's transaction to build its response. */
  reload(tx: Tx, id: string): Promise<ApplicationDetail> {
    return tx.application.findUniqueOrThrow({ where: { id }, include: applicationDetailInclude });
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

  /** One page of a call's applications, filtered and sorted in SQL (requestedCents is kept on every save). */
  async listForCall(callId: string, query: TCallApplicationListQuery) {
    const where: Prisma.ApplicationWhereInput = {
      callId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.requestedMin !== undefined || query.requestedMax !== undefined
        ? {
            requestedCents: {
              ...(query.requestedMin !== undefined ? { gte: BigInt(query.requestedMin) } : {}),
              ...(query.requestedMax !== undefined ? { lte: BigInt(query.requestedMax) } : {}),
            },
          }
        : {}),
      ...(query.municipalityCode || query.organisationType
        ? {
            organisation: {
              ...(query.municipalityCode ? { municipalityCode: query.municipalityCode } : {}),
              ...(query.organisationType ? { type: query.organisationType } : {}),
            },
          }
        : {}),
    };
    const order = query.order;
    const nulls = order === 'asc' ? 'last' : 'first';
    const orderBy: Prisma.ApplicationOrderByWithRelationInput[] = [
      query.sort === 'requested'
        ? { requestedCents: { sort: order, nulls } }
        : query.sort === 'organisation'
          ? { organisation: { legalName: order } }
          : query.sort === 'status'
            ? { status: order }
            : { submittedAt: { sort: order, nulls } },
      { id: 'asc' },
    ];
    const [total, rows] = await this.prisma.$transaction([
      this.prisma.application.count({ where }),
      this.prisma.application.findMany({
        where,
        orderBy,
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        include: { organisation: { select: { legalName: true, type: true, municipalityCode: true } } },
      }),
    ]);
    return { total, rows };
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
