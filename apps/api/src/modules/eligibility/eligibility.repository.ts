import { Inject, Injectable } from '@nestjs/common';
import type { TApplicationStatus, TEligibilityAutoResult, TEligibilityChecklistItem, TEligibilityListQuery } from '@kopa/shared';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

const CALL_SELECT = {
  id: true,
  programmeId: true,
  code: true,
  titleLv: true,
  titleEn: true,
  version: true,
  eligibilityChecklist: true,
  eligibleOrganisationTypes: true,
  eligibleMunicipalityCodes: true,
  minAwardCents: true,
  maxAwardCents: true,
  ownContributionPercent: true,
} as const;

const APPLICATION_INCLUDE = {
  call: { select: CALL_SELECT },
  organisation: { select: { id: true, legalName: true, type: true, municipalityCode: true } },
  revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, formVersion: true, answers: true } },
  attachments: { where: { deletedAt: null }, select: { id: true, questionId: true } },
  eligibility: true,
} satisfies Prisma.ApplicationInclude;

export type EligibilityCall = Prisma.CallGetPayload<{ select: typeof CALL_SELECT }>;
export type EligibilityApplication = Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_INCLUDE }>;

const ELIGIBILITY_STATUSES: TApplicationStatus[] = ['submitted', 'eligible', 'ineligible'];

/** Eligibility's own SQL: reads applications and calls, writes EligibilityCheck and the status (who may: the application gate). */
@Injectable()
export class EligibilityRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  findCall(id: string): Promise<EligibilityCall | null> {
    return this.prisma.call.findUnique({ where: { id }, select: CALL_SELECT });
  }

  /** Saves the checklist if the call is still at `version`; false when someone changed it. */
  async saveChecklist(tx: Tx, callId: string, version: number, items: TEligibilityChecklistItem[]): Promise<boolean> {
    const { count } = await tx.call.updateMany({
      where: { id: callId, version },
      data: { eligibilityChecklist: items as Prisma.InputJsonArray, version: { increment: 1 } },
    });
    return count === 1;
  }

  findApplication(id: string, tx: Tx | PrismaService = this.prisma): Promise<EligibilityApplication | null> {
    return tx.application.findUnique({ where: { id }, include: APPLICATION_INCLUDE });
  }

  findFormDefinition(callId: string, version: number, tx: Tx | PrismaService = this.prisma) {
    return tx.callForm.findUnique({ where: { callId_version: { callId, version } }, select: { definition: true } });
  }

  saveAutoResults(tx: Tx | PrismaService, applicationId: string, results: TEligibilityAutoResult[], passed: boolean, at: Date) {
    const data = { autoResults: results as Prisma.InputJsonArray, autoPassed: passed, autoCheckedAt: at };
    return tx.eligibilityCheck.upsert({ where: { applicationId }, create: { applicationId, ...data }, update: data });
  }

  /** Submitted applications of the call whose results are missing or older than what they depend on. */
  async staleSubmittedIds(callId: string, limit: number): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>`
      SELECT a.id::text AS id
      FROM "Application" a
      JOIN "Call" c ON c.id = a."callId"
      JOIN "Organisation" o ON o.id = a."organisationId"
      LEFT JOIN "EligibilityCheck" e ON e."applicationId" = a.id
      WHERE a."callId" = ${callId}::uuid AND a.status = 'submitted'
        AND (e."autoCheckedAt" IS NULL OR e."autoCheckedAt" < a."submittedAt"
             OR e."autoCheckedAt" < c."updatedAt" OR e."autoCheckedAt" < o."updatedAt")
      ORDER BY a."submittedAt"
      LIMIT ${limit}`;
    return rows.map((row) => row.id);
  }

  async page(callId: string, query: TEligibilityListQuery) {
    const where: Prisma.ApplicationWhereInput = {
      callId,
      status: query.status ?? { in: ELIGIBILITY_STATUSES },
      ...(query.checks ? { eligibility: { is: { autoPassed: query.checks === 'pass' } } } : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.application.findMany({
        where,
        select: {
          id: true,
          referenceNumber: true,
          status: true,
          requestedCents: true,
          submittedAt: true,
          organisation: { select: { legalName: true } },
          eligibility: { select: { autoPassed: true, autoResults: true, checklist: true, outcome: true } },
        },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.application.count({ where }),
    ]);
    return { rows, total };
  }

  /** Submitted applications of the call whose automatic checks all passed (the bulk action's set). */
  async passingSubmittedIds(callId: string, tx: Tx | PrismaService = this.prisma): Promise<string[]> {
    const rows = await tx.application.findMany({
      where: { callId, status: 'submitted', eligibility: { is: { autoPassed: true } } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => row.id);
  }

  async lockCall(tx: Tx, callId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Call" WHERE id = ${callId}::uuid FOR UPDATE`;
  }

  /** Saves ticks if the record is still at `version`; false when someone changed it. */
  async saveTicks(applicationId: string, version: number, checklist: Record<string, boolean>): Promise<boolean> {
    const { count } = await this.prisma.eligibilityCheck.updateMany({
      where: { applicationId, version },
      data: { checklist, version: { increment: 1 } },
    });
    return count === 1;
  }

  setStatus(tx: Tx, id: string, status: TApplicationStatus) {
    return tx.application.update({ where: { id }, data: { status, version: { increment: 1 } } });
  }

  recordOutcome(
    tx: Tx,
    applicationId: string,
    data: { outcome: 'eligible' | 'ineligible' | null; reason: string | null; decidedById: string | null; decidedAt: Date | null },
  ) {
    return tx.eligibilityCheck.update({ where: { applicationId }, data: { ...data, version: { increment: 1 } } });
  }

  decidedByName(userId: string | null): Promise<string | null> {
    if (!userId) return Promise.resolve(null);
    return this.prisma.user.findUnique({ where: { id: userId }, select: { displayName: true } }).then((user) => user?.displayName ?? null);
  }

  /** Everyone in the applying organisation, each told in their own language. */
  members(tx: Tx, organisationId: string) {
    return tx.user.findMany({
      where: { memberships: { some: { organisationId } } },
      select: { id: true, email: true, displayName: true, locale: true },
      orderBy: { email: 'asc' },
    });
  }
}
