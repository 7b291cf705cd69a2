import { Injectable } from '@nestjs/common';
import type { TAdminProgrammeListQuery } from '@kopa/shared';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

const WITH_STAFF = {
  id: true,
  nameLv: true,
  nameEn: true,
  staff: { select: { user: { select: { id: true, email: true, displayName: true } } }, orderBy: { user: { email: 'asc' } } },
} satisfies Prisma.ProgrammeSelect;

/** Which coordinators run which programme (ProgrammeStaff). */
@Injectable()
export class AdminProgrammesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One page by Latvian name, optionally only names (lv or en) containing `q`; with the total of the filtered list. */
  async listWithStaff(query: TAdminProgrammeListQuery) {
    const where: Prisma.ProgrammeWhereInput = query.q
      ? { OR: [{ nameLv: { contains: query.q, mode: 'insensitive' } }, { nameEn: { contains: query.q, mode: 'insensitive' } }] }
      : {};
    const [items, total] = await this.prisma.$transaction([
      this.prisma.programme.findMany({
        where,
        orderBy: [{ nameLv: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: WITH_STAFF,
      }),
      this.prisma.programme.count({ where }),
    ]);
    return { items, total };
  }

  oneWithStaff(id: string) {
    return this.prisma.programme.findUniqueOrThrow({ where: { id }, select: WITH_STAFF });
  }

  findProgramme(tx: Tx, id: string) {
    return tx.programme.findUnique({ where: { id }, select: { id: true } });
  }

  findUser(tx: Tx, id: string) {
    return tx.user.findUnique({ where: { id }, select: { id: true, roles: true, deactivatedAt: true } });
  }

  /** Returns true only when the row was new. */
  async addStaff(tx: Tx, programmeId: string, userId: string): Promise<boolean> {
    const result = await tx.programmeStaff.createMany({ data: [{ programmeId, userId }], skipDuplicates: true });
    return result.count === 1;
  }

  async removeStaff(tx: Tx, programmeId: string, userId: string): Promise<boolean> {
    const result = await tx.programmeStaff.deleteMany({ where: { programmeId, userId } });
    return result.count === 1;
  }
}
