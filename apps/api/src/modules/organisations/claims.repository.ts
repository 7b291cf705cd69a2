import { Injectable } from '@nestjs/common';
import type { TClaimStatus } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { OrganisationClaim } from '../../generated/prisma/client';
import type { ClaimWithParties } from './organisations.mapper';

const withOrganisation = { organisation: { select: { legalName: true, registrationNumber: true } } } as const;

@Injectable()
export class ClaimsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(status?: TClaimStatus): Promise<ClaimWithParties[]> {
    const claims = await this.prisma.organisationClaim.findMany({
      where: status ? { status } : {},
      include: withOrganisation,
      orderBy: { createdAt: 'asc' },
    });
    return this.withClaimants(claims);
  }

  async findById(id: string): Promise<ClaimWithParties | null> {
    const claim = await this.prisma.organisationClaim.findUnique({ where: { id }, include: withOrganisation });
    return claim ? (await this.withClaimants([claim]))[0]! : null;
  }

  hasPending(tx: Tx, organisationId: string, claimantId: string) {
    return tx.organisationClaim
      .count({ where: { organisationId, claimantId, status: 'pending' } })
      .then((count) => count > 0);
  }

  create(tx: Tx, data: { organisationId: string; claimantId: string; message: string }) {
    return tx.organisationClaim.create({ data });
  }

  /** Decides a claim that is still pending; null when someone decided it first. */
  async decide(tx: Tx, id: string, status: 'approved' | 'rejected', decidedById: string, decidedAt: Date) {
    const result = await tx.organisationClaim.updateMany({
      where: { id, status: 'pending' },
      data: { status, decidedById, decidedAt },
    });
    return result.count === 1 ? tx.organisationClaim.findUniqueOrThrow({ where: { id } }) : null;
  }

  /** OrganisationClaim has no relation to User, so claimants are fetched in one extra query. */
  private async withClaimants<T extends OrganisationClaim>(claims: T[]) {
    const users = await this.prisma.user.findMany({
      where: { id: { in: [...new Set(claims.map((claim) => claim.claimantId))] } },
      select: { id: true, displayName: true, email: true, locale: true },
    });
    const byId = new Map(users.map((user) => [user.id, user]));
    return claims.map((claim) => ({
      ...claim,
      // A deleted account leaves its claims behind (no foreign key): shown without a name.
      claimant: byId.get(claim.claimantId) ?? null,
    }));
  }
}
