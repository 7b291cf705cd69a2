import { Injectable } from '@nestjs/common';
import type { TAdminProgrammeListQuery, TAdminProgrammeListResponse, TAdminProgrammeStaff } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { AdminProgrammesRepository } from './admin-programmes.repository';
import { programmeRef } from './admin.mapper';

/** Programme staff assignment: only coordinators can run a programme. */
@Injectable()
export class AdminProgrammesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly programmes: AdminProgrammesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: TAdminProgrammeListQuery): Promise<TAdminProgrammeListResponse> {
    const { items, total } = await this.programmes.listWithStaff(query);
    return { items: items.map(withStaff), total, page: query.page, pageSize: query.pageSize };
  }

  /** The programme as it is after a staff change. */
  private async one(programmeId: string): Promise<TAdminProgrammeStaff> {
    return withStaff(await this.programmes.oneWithStaff(programmeId));
  }

  async addStaff(principal: Principal, programmeId: string, userId: string): Promise<TAdminProgrammeStaff> {
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.programmes.findProgramme(tx, programmeId))) throw Problems.notFound('No such programme.');
      const user = await this.programmes.findUser(tx, userId);
      if (!user) throw Problems.validation([{ path: 'userId', code: 'not_found', message: 'admin.staff.unknownUser' }]);
      if (!user.roles.includes('coordinator')) {
        throw Problems.validation([{ path: 'userId', code: 'not_coordinator', message: 'admin.staff.notCoordinator' }]);
      }
      if (!(await this.programmes.addStaff(tx, programmeId, userId))) return;
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'programme.staff_added',
        entityType: 'programme',
        entityId: programmeId,
        after: { userId },
      });
    });
    return this.one(programmeId);
  }

  async removeStaff(principal: Principal, programmeId: string, userId: string): Promise<TAdminProgrammeStaff> {
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.programmes.findProgramme(tx, programmeId))) throw Problems.notFound('No such programme.');
      if (!(await this.programmes.removeStaff(tx, programmeId, userId))) return;
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'programme.staff_removed',
        entityType: 'programme',
        entityId: programmeId,
        before: { userId },
      });
    });
    return this.one(programmeId);
  }
}

function withStaff(row: { id: string; nameLv: string; nameEn: string; staff: { user: { id: string; email: string; displayName: string } }[] }): TAdminProgrammeStaff {
  return { ...programmeRef(row), staff: row.staff.map((staff) => staff.user) };
}
