import { Injectable } from '@nestjs/common';
import type { TCallStatus } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma, type Call } from '../../generated/prisma/client';

/** Who is asking decides which calls exist for them: staff see their programmes', readers all. */
export type CallScope = { kind: 'all' } | { kind: 'staff'; userId: string };

function scopeWhere(scope: CallScope): Prisma.CallWhereInput {
  return scope.kind === 'all' ? {} : { programme: { staff: { some: { userId: scope.userId } } } };
}

/** A call as anyone may see it (published or later), with its programme's name. */
export type PublicCall = Pick<
  Call,
  | 'id'
  | 'code'
  | 'titleLv'
  | 'titleEn'
  | 'descriptionLv'
  | 'descriptionEn'
  | 'eligibleOrganisationTypes'
  | 'eligibleMunicipalityCodes'
  | 'budgetEnvelopeCents'
  | 'minAwardCents'
  | 'maxAwardCents'
  | 'ownContributionPercent'
  | 'overspendTolerancePercent'
  | 'maxApplicationsPerOrganisation'
  | 'opensAt'
  | 'closesAt'
  | 'contactEmail'
  | 'contactPhone'
  | 'status'
> & { programme: { nameLv: string; nameEn: string } };

type PublicCallRow = Omit<PublicCall, 'programme'> & { programmeNameLv: string; programmeNameEn: string };

@Injectable()
export class CallsRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(scope: CallScope, status?: TCallStatus) {
    return this.prisma.call.findMany({
      where: { ...scopeWhere(scope), ...(status ? { status } : {}) },
      orderBy: [{ closesAt: 'desc' }, { createdAt: 'desc' }],
    });
  }

  findInScope(id: string, scope: CallScope) {
    return this.prisma.call.findFirst({ where: { id, ...scopeWhere(scope) } });
  }

  isProgrammeStaff(programmeId: string, userId: string) {
    return this.prisma.programmeStaff
      .findUnique({ where: { programmeId_userId: { programmeId, userId } } })
      .then((row) => row !== null);
  }

  create(tx: Tx, data: Prisma.CallUncheckedCreateInput) {
    return tx.call.create({ data });
  }

  /** Copies a call's rubric criteria to another call (cloning). */
  async copyRubric(tx: Tx, fromCallId: string, toCallId: string): Promise<void> {
    const criteria = await tx.rubricCriterion.findMany({ where: { callId: fromCallId }, orderBy: { position: 'asc' } });
    await tx.rubricCriterion.createMany({
      data: criteria.map(({ id: _id, callId: _callId, createdAt: _createdAt, ...criterion }) => ({ ...criterion, callId: toCallId })),
    });
  }

  /** Writes only if nobody changed the row since `version` was read; null means stale. */
  async updateIfVersion(tx: Tx, id: string, version: number, data: Prisma.CallUncheckedUpdateInput) {
    const result = await tx.call.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return result.count === 1 ? tx.call.findUniqueOrThrow({ where: { id } }) : null;
  }

  /** Published calls accepting applications at `now`, soonest deadline first. */
  listOpen(now: Date): Promise<PublicCall[]> {
    return this.publicCalls(Prisma.sql`c.status = 'published' AND c."opensAt" <= ${now} AND c."closesAt" > ${now} ORDER BY c."closesAt" ASC, c.id ASC`);
  }

  /** Published calls that have not opened yet, soonest opening first. */
  listUpcoming(now: Date): Promise<PublicCall[]> {
    return this.publicCalls(Prisma.sql`c.status = 'published' AND c."opensAt" > ${now} ORDER BY c."opensAt" ASC, c.id ASC`);
  }

  async findPublic(id: string): Promise<PublicCall | null> {
    return (await this.publicCalls(Prisma.sql`c.id = ${id}::uuid AND c.status <> 'draft'`))[0] ?? null;
  }

  /**
   * Every visitor reads these, so each is one statement with the programme joined and only the
   * columns the public answer shows (Prisma would read every column, then the programme apart).
   */
  private async publicCalls(condition: Prisma.Sql): Promise<PublicCall[]> {
    const rows = await this.prisma.$queryRaw<PublicCallRow[]>`
      SELECT c.id::text AS id, c.code, c."titleLv", c."titleEn", c."descriptionLv", c."descriptionEn",
             c."eligibleOrganisationTypes"::text[] AS "eligibleOrganisationTypes", c."eligibleMunicipalityCodes",
             c."budgetEnvelopeCents", c."minAwardCents", c."maxAwardCents", c."ownContributionPercent",
             c."overspendTolerancePercent", c."maxApplicationsPerOrganisation", c."opensAt", c."closesAt", c."contactEmail", c."contactPhone",
             c.status::text AS status, p."nameLv" AS "programmeNameLv", p."nameEn" AS "programmeNameEn"
      FROM "Call" c JOIN "Programme" p ON p.id = c."programmeId"
      WHERE ${condition}`;
    return rows.map(({ programmeNameLv, programmeNameEn, ...call }) => ({ ...call, programme: { nameLv: programmeNameLv, nameEn: programmeNameEn } }));
  }
}
