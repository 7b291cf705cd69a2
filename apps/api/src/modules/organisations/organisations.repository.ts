import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { OrganisationRole, Prisma } from '../../generated/prisma/client';

/** Prisma queries on organisations and their members; the rules live in the services. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string) {
    return this.prisma.organisation.findUnique({ where: { id } });
  }

  findByRegistrationNumber(registrationNumber: string) {
    return this.prisma.organisation.findUnique({ where: { registrationNumber } });
  }

  membership(organisationId: string, userId: string) {
    return this.prisma.organisationMember.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
  }

  /** A page of organisations whose name contains `q` (or whose registration number starts with it), by name. */
  async search(q: string | undefined, page: number, pageSize: number) {
    const where: Prisma.OrganisationWhereInput = q
      ? { OR: [{ legalName: { contains: q, mode: 'insensitive' } }, { registrationNumber: { startsWith: q } }] }
      : {};
    const [rows, total] = await Promise.all([
      this.prisma.organisation.findMany({ where, orderBy: [{ legalName: 'asc' }, { id: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.organisation.count({ where }),
    ]);
    return { rows, total };
  }

  /** The caller's organisations with their role in each, by name. */
  listForUser(userId: string) {
    return this.prisma.organisationMember.findMany({
      where: { userId },
      include: { organisation: true },
      orderBy: { organisation: { legalName: 'asc' } },
    });
  }

  create(tx: Tx, data: Prisma.OrganisationUncheckedCreateInput, ownerId: string) {
    return tx.organisation.create({ data: { ...data, members: { create: { userId: ownerId, role: 'owner' } } } });
  }

  /** Writes only if nobody changed the row since `version` was read; null means stale. */
  async updateIfVersion(tx: Tx, id: string, version: number, data: Prisma.OrganisationUncheckedUpdateInput) {
    const result = await tx.organisation.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return result.count === 1 ? tx.organisation.findUniqueOrThrow({ where: { id } }) : null;
  }

  currentVersion(tx: Tx, id: string) {
    return tx.organisation.findUniqueOrThrow({ where: { id }, select: { version: true } }).then((row) => row.version);
  }

  /**
   * Locks the organisation row for the rest of the transaction, so that membership changes
   * (last-owner checks, claims) of one organisation happen one after another.
   */
  async lock(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  members(organisationId: string) {
    return this.prisma.organisationMember.findMany({
      where: { organisationId },
      include: { user: { select: { displayName: true, email: true } } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    });
  }

  memberIn(tx: Tx, organisationId: string, userId: string) {
    return tx.organisationMember.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
  }

  async ownerIds(tx: Tx, organisationId: string): Promise<string[]> {
    const owners = await tx.organisationMember.findMany({ where: { organisationId, role: 'owner' }, select: { userId: true } });
    return owners.map((owner) => owner.userId);
  }

  /** Revokes every open invitation of the organisation; returns how many. */
  async revokeOpenInvitations(tx: Tx, organisationId: string, now: Date): Promise<number> {
    const result = await tx.organisationInvitation.updateMany({
      where: { organisationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return result.count;
  }

  countOwners(tx: Tx, organisationId: string) {
    return tx.organisationMember.count({ where: { organisationId, role: 'owner' } });
  }

  setRole(tx: Tx, organisationId: string, userId: string, role: OrganisationRole) {
    return tx.organisationMember.update({ where: { organisationId_userId: { organisationId, userId } }, data: { role } });
  }

  /** Adds the user, or gives an existing member `role` when `promote` is set. */
  addMember(tx: Tx, organisationId: string, userId: string, role: OrganisationRole, promote: boolean) {
    return tx.organisationMember.upsert({
      where: { organisationId_userId: { organisationId, userId } },
      create: { organisationId, userId, role },
      update: promote ? { role } : {},
    });
  }

  removeMember(tx: Tx, organisationId: string, userId: string) {
    return tx.organisationMember.delete({ where: { organisationId_userId: { organisationId, userId } } });
  }
}
