import { Injectable } from '@nestjs/common';
import type { TOrganisationRole } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { OrganisationAccessService } from './organisation-access';
import { OrganisationsRepository } from './organisations.repository';

/** Who belongs to an organisation. An organisation always keeps at least one owner. */
@Injectable()
export class MembersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, organisationId: string) {
    await this.access.forReading(principal, organisationId);
    return this.organisations.members(organisationId);
  }

  async changeRole(principal: Principal, organisationId: string, userId: string, role: TOrganisationRole) {
    await this.access.forOwner(principal, organisationId);
    await this.prisma.$transaction(async (tx) => {
      const before = await this.lockedMember(tx, organisationId, userId);
      if (before.role === role) return;
      if (before.role === 'owner') await this.assertAnotherOwner(tx, organisationId);
      const after = await this.organisations.setRole(tx, organisationId, userId, role);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'organisation.member-role-changed',
        entityType: 'organisation',
        entityId: organisationId,
        before,
        after,
      });
    });
    return this.organisations.members(organisationId).then((rows) => rows.find((row) => row.userId === userId)!);
  }

  /** Owners remove anyone; any member may remove themselves (leave). */
  async remove(principal: Principal, organisationId: string, userId: string): Promise<void> {
    const leaving = userId === principal.id;
    if (leaving) await this.access.forMember(principal, organisationId);
    else await this.access.forOwner(principal, organisationId);
    await this.prisma.$transaction(async (tx) => {
      const before = await this.lockedMember(tx, organisationId, userId);
      if (before.role === 'owner') await this.assertAnotherOwner(tx, organisationId);
      await this.organisations.removeMember(tx, organisationId, userId);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: leaving ? 'organisation.member-left' : 'organisation.member-removed',
        entityType: 'organisation',
        entityId: organisationId,
        before,
      });
    });
  }

  private async lockedMember(tx: Tx, organisationId: string, userId: string) {
    await this.organisations.lock(tx, organisationId);
    const member = await this.organisations.memberIn(tx, organisationId, userId);
    if (!member) throw Problems.notFound('No such member.');
    return member;
  }

  private async assertAnotherOwner(tx: Tx, organisationId: string): Promise<void> {
    if ((await this.organisations.countOwners(tx, organisationId)) <= 1) {
      throw Problems.conflict('An organisation needs at least one owner; make someone else an owner first.', [
        { path: 'role', code: 'last_owner', message: 'organisation.members.lastOwner' },
      ]);
    }
  }
}
