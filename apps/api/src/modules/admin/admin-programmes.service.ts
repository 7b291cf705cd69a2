import { Injectable } from '@nestjs/common';
import type { TAdminProgrammeListResponse } from '@kopa/shared';
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

  async list(): Promise<TAdminProgrammeListResponse> {
    const rows = await this.programmes.listWithStaff();
    return { items: rows.map((row) => ({ ...programmeRef(row), staff: row.staff.map((staff) => staff.user) })) };
  }

  async addStaff(principal: Principal, programmeId: string, userId: string): Promise<TAdminProgrammeListResponse> {
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
    return this.list();
  }

  async removeStaff(principal: Principal, programmeId: string, userId: string): Promise<TAdminProgrammeListResponse> {
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
    return this.list();
  }
}
