import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

@Injectable()
export class InvitationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Invitations not yet accepted or revoked (expired ones included, marked by the mapper). */
  listOpen(organisationId: string) {
    return this.prisma.organisationInvitation.findMany({
      where: { organisationId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: 'desc' },
    });
  }

  findInOrganisation(organisationId: string, id: string) {
    return this.prisma.organisationInvitation.findFirst({ where: { id, organisationId } });
  }

  findByTokenHash(tokenHash: string) {
    return this.prisma.organisationInvitation.findUnique({
      where: { tokenHash },
      include: { organisation: { select: { id: true, legalName: true } } },
    });
  }

  create(tx: Tx, data: Prisma.OrganisationInvitationUncheckedCreateInput) {
    return tx.organisationInvitation.create({ data });
  }

  /** Invitations sent since `since` by one person, or for one organisation (the mail limits). */
  countSentSince(where: { invitedById: string } | { organisationId: string }, since: Date) {
    return this.prisma.organisationInvitation.count({ where: { ...where, createdAt: { gte: since } } });
  }

  /** A new invitation to the same address replaces the earlier ones still open. */
  revokeOpenFor(tx: Tx, organisationId: string, email: string, now: Date) {
    return tx.organisationInvitation.updateMany({
      where: { organisationId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
  }

  async revoke(tx: Tx, id: string, now: Date): Promise<boolean> {
    const result = await tx.organisationInvitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return result.count === 1;
  }

  /** Marks the invitation used if it still can be; false when someone was first or it lapsed. */
  async accept(tx: Tx, id: string, now: Date): Promise<boolean> {
    const result = await tx.organisationInvitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    return result.count === 1;
  }

  userByEmail(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  }
}
