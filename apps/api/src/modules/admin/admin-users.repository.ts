import { Injectable } from '@nestjs/common';
import type { TAdminUserListQuery, TRole } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const SUMMARY = {
  id: true,
  email: true,
  displayName: true,
  roles: true,
  locale: true,
  emailVerifiedAt: true,
  deactivatedAt: true,
  createdAt: true,
} as const;

/** Prisma queries of the admin console's user pages. */
@Injectable()
export class AdminUsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: TAdminUserListQuery) {
    const where: Prisma.UserWhereInput = {
      ...(query.q
        ? {
            OR: [
              { email: { contains: query.q, mode: 'insensitive' } },
              { displayName: { contains: query.q, mode: 'insensitive' } },
            ],
          }
        : {}),
      ...(query.role ? { roles: { has: query.role } } : {}),
      ...(query.status === 'active' ? { deactivatedAt: null } : query.status === 'deactivated' ? { deactivatedAt: { not: null } } : {}),
    };
    const [items, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        where,
        select: SUMMARY,
        orderBy: [{ email: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.user.count({ where }),
    ]);
    return { items, total };
  }

  findDetail(id: string, now: Date) {
    return this.prisma.user.findUnique({
      where: { id },
      select: {
        ...SUMMARY,
        programmes: { select: { programme: { select: { id: true, nameLv: true, nameEn: true } } } },
        sessions: {
          where: { revokedAt: null, expiresAt: { gt: now } },
          select: { lastSeenAt: true },
          orderBy: { lastSeenAt: 'desc' },
        },
      },
    });
  }

  /** Locks the user row, so two admins changing roles at once apply one after the other. */
  async lock(tx: Tx, id: string) {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
    if (rows.length === 0) return null;
    return tx.user.findUniqueOrThrow({ where: { id }, select: { id: true, roles: true, deactivatedAt: true } });
  }

  setRoles(tx: Tx, id: string, roles: TRole[]) {
    return tx.user.update({ where: { id }, data: { roles }, select: { roles: true } });
  }

  setDeactivatedAt(tx: Tx, id: string, at: Date | null) {
    return tx.user.update({ where: { id }, data: { deactivatedAt: at }, select: { deactivatedAt: true } });
  }
}
