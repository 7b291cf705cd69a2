import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

/** Which coordinators run which programme (ProgrammeStaff). Programmes are few; no paging needed beyond a bound. */
@Injectable()
export class AdminProgrammesRepository {
  constructor(private readonly prisma: PrismaService) {}

  listWithStaff() {
    return this.prisma.programme.findMany({
      orderBy: { nameLv: 'asc' },
      take: 200,
      select: {
        id: true,
        nameLv: true,
        nameEn: true,
        staff: { select: { user: { select: { id: true, email: true, displayName: true } } }, orderBy: { user: { email: 'asc' } } },
      },
    });
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
