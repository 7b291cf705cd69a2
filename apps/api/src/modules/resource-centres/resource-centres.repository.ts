import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

export const CENTRE_INCLUDE = { municipality: { select: { code: true, nameLv: true, nameEn: true, partner: true } } } satisfies Prisma.ResourceCentreInclude;
export type CentreRow = Prisma.ResourceCentreGetPayload<{ include: typeof CENTRE_INCLUDE }>;

@Injectable()
export class ResourceCentresRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A page of the directory, by municipality then name (index municipalityCode, nameLv); `q` matches either name. */
  async list(filter: { municipality?: string; q?: string }, page: number, pageSize: number): Promise<{ rows: CentreRow[]; total: number }> {
    const where: Prisma.ResourceCentreWhereInput = {
      ...(filter.municipality ? { municipalityCode: filter.municipality } : {}),
      ...(filter.q
        ? { OR: [{ nameLv: { contains: filter.q, mode: 'insensitive' } }, { nameEn: { contains: filter.q, mode: 'insensitive' } }] }
        : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.resourceCentre.findMany({
        where,
        include: CENTRE_INCLUDE,
        orderBy: [{ municipality: { nameLv: 'asc' } }, { nameLv: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.resourceCentre.count({ where }),
    ]);
    return { rows, total };
  }

  find(id: string): Promise<CentreRow | null> {
    return this.prisma.resourceCentre.findUnique({ where: { id }, include: CENTRE_INCLUDE });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.prisma.resourceCentre.count({ where: { id } })) > 0;
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** Updates only when the version matches (optimistic concurrency); null when someone else saved first. */
  async updateIfVersion(tx: Tx, id: string, version: number, data: Prisma.ResourceCentreUncheckedUpdateInput): Promise<CentreRow | null> {
    const { count } = await tx.resourceCentre.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1 ? tx.resourceCentre.findUnique({ where: { id }, include: CENTRE_INCLUDE }) : null;
  }

  async setPhoto(id: string, key: string, now: Date): Promise<{ previousKey: string | null }> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.resourceCentre.findUnique({ where: { id }, select: { photoKey: true } });
      await tx.resourceCentre.update({ where: { id }, data: { photoKey: key, photoUpdatedAt: now, version: { increment: 1 } } });
      return { previousKey: before?.photoKey ?? null };
    });
  }
}
