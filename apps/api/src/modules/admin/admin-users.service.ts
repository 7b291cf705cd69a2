import { Injectable } from '@nestjs/common';
import { ROLES, type TAdminUserDetail, type TAdminUserListQuery, type TAdminUserListResponse, type TAuditAction, type TRole } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { SessionsService } from '../auth/sessions.service';
import { AdminUsersRepository } from './admin-users.repository';
import { programmeRef, toAdminUserSummary } from './admin.mapper';

/**
 * The admin's work on accounts: roles, deactivation. Every change is audited with the
 * roles or state before and after. An admin cannot take away their own admin role or
 * deactivate themselves, so the console is never left without anyone to run it.
 */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: AdminUsersRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: TAdminUserListQuery): Promise<TAdminUserListResponse> {
    const { items, total } = await this.users.list(query);
    return { items: items.map(toAdminUserSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async view(id: string): Promise<TAdminUserDetail> {
    const row = await this.users.findDetail(id, this.clock.now());
    if (!row) throw Problems.notFound('No such user.');
    return {
      ...toAdminUserSummary(row),
      activeSessionCount: row.sessions.length,
      lastSeenAt: row.sessions[0]?.lastSeenAt.toISOString() ?? null,
      programmes: row.programmes.map((staff) => programmeRef(staff.programme)),
    };
  }

  assignRole(principal: Principal, id: string, role: TRole): Promise<TAdminUserDetail> {
    return this.changeRoles(principal, id, 'user.role_assigned', (roles) => (roles.includes(role) ? roles : [...roles, role]));
  }

  revokeRole(principal: Principal, id: string, role: TRole): Promise<TAdminUserDetail> {
    if (principal.id === id && role === 'admin') {
      throw Problems.conflict('You cannot revoke your own admin role; ask another admin.');
    }
    return this.changeRoles(principal, id, 'user.role_revoked', (roles) => roles.filter((held) => held !== role));
  }

  async deactivate(principal: Principal, id: string): Promise<TAdminUserDetail> {
    if (principal.id === id) throw Problems.conflict('You cannot deactivate your own account.');
    await this.prisma.$transaction(async (tx) => {
      const user = await this.lockOrThrow(tx, id);
      if (user.deactivatedAt) return;
      const now = this.clock.now();
      await this.users.setDeactivatedAt(tx, id, now);
      const revoked = await this.sessions.revokeAll(id, undefined, tx);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'user.deactivated',
        entityType: 'user',
        entityId: id,
        before: { deactivatedAt: null },
        after: { deactivatedAt: now, sessionsRevoked: revoked },
      });
    });
    return this.view(id);
  }

  async reactivate(principal: Principal, id: string): Promise<TAdminUserDetail> {
    await this.prisma.$transaction(async (tx) => {
      const user = await this.lockOrThrow(tx, id);
      if (!user.deactivatedAt) return;
      await this.users.setDeactivatedAt(tx, id, null);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'user.reactivated',
        entityType: 'user',
        entityId: id,
        before: { deactivatedAt: user.deactivatedAt },
        after: { deactivatedAt: null },
      });
    });
    return this.view(id);
  }

  private async changeRoles(principal: Principal, id: string, action: TAuditAction, change: (roles: TRole[]) => TRole[]) {
    await this.prisma.$transaction(async (tx) => {
      const user = await this.lockOrThrow(tx, id);
      const before = user.roles as TRole[];
      // Kept in the canonical order, so the same set of roles always reads the same.
      const after = ROLES.filter((role) => change(before).includes(role));
      if (after.length === before.length && after.every((role) => before.includes(role))) return;
      await this.users.setRoles(tx, id, after);
      await this.audit.record(tx, { actorId: principal.id, action, entityType: 'user', entityId: id, before: { roles: before }, after: { roles: after } });
    });
    return this.view(id);
  }

  private async lockOrThrow(tx: Tx, id: string) {
    const user = await this.users.lock(tx, id);
    if (!user) throw Problems.notFound('No such user.');
    return user;
  }
}
