import { Inject, Injectable } from '@nestjs/common';
import type { TApproveClaimQuery, TClaimOrganisationRequest, TClaimStatus } from '@kopa/shared';
import type { Tx } from '../../prisma/prisma.service';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import { ClaimsRepository } from './claims.repository';
import { OrganisationsRepository } from './organisations.repository';
import { Clock } from '../../common/clock/clock';

/**
 * Someone says an organisation registered by another user is theirs: they file a claim
 * naming its registration number, a coordinator approves (they become an owner) or rejects it.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly claims: ClaimsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  list(status?: TClaimStatus) {
    return this.claims.list(status);
  }

  async file(principal: Principal, input: TClaimOrganisationRequest) {
    const organisation = await this.organisations.findByRegistrationNumber(input.registrationNumber);
    if (!organisation) {
      throw Problems.validation([
        { path: 'registrationNumber', code: 'unknown', message: 'organisation.claim.unknownNumber' },
      ]);
    }
    const membership = await this.organisations.membership(organisation.id, principal.id);
    if (membership?.role === 'owner') {
      throw Problems.conflict('You are already an owner of this organisation.');
    }
    const claim = await this.prisma.$transaction(async (tx) => {
      // Serialises claims on one organisation so that "one pending claim each" holds under races.
      await this.organisations.lock(tx, organisation.id);
      if (await this.claims.hasPending(tx, organisation.id, principal.id)) {
        throw Problems.conflict('You already have a pending claim for this organisation.');
      }
      const created = await this.claims.create(tx, {
        organisationId: organisation.id,
        claimantId: principal.id,
        message: input.message,
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'organisation.claim-filed',
        entityType: 'organisation-claim',
        entityId: created.id,
        after: created,
      });
      return created;
    });
    return (await this.claims.findById(claim.id))!;
  }

  async decide(
    principal: Principal,
    id: string,
    decision: 'approved' | 'rejected',
    previousOwners: TApproveClaimQuery['previousOwners'] = 'demote',
  ) {
    const before = await this.claims.findById(id);
    if (!before) throw Problems.notFound();
    await this.prisma.$transaction(async (tx) => {
      await this.organisations.lock(tx, before.organisationId);
      const after = await this.claims.decide(tx, id, decision, principal.id, this.clock.now());
      if (!after) throw Problems.invalidTransition(`This claim was already ${before.status}.`);
      if (decision === 'approved') await this.giveControl(tx, principal, before, previousOwners);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: `organisation.claim-${decision}`,
        entityType: 'organisation-claim',
        entityId: id,
        before: { status: before.status },
        after,
      });
      // The claimant would otherwise never learn the outcome.
      if (!before.claimant) return;
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `organisation-claim-decided:${id}`,
        to: before.claimant.email,
        locale: before.claimant.locale,
        template: 'organisation-claim-decided',
        params: {
          displayName: before.claimant.displayName,
          organisationName: before.organisation.legalName,
          approved: decision === 'approved',
          link: `${this.config.APP_URL}/organisations`,
        },
      });
    });
    return (await this.claims.findById(id))!;
  }

  /**
   * The claimant becomes the owner and nobody else stays one: otherwise whoever registered
   * the number first (possibly a squatter) could remove the rightful owner straight away.
   * Open invitations the previous owners sent are revoked for the same reason.
   */
  private async giveControl(
    tx: Tx,
    principal: Principal,
    claim: { organisationId: string; claimantId: string },
    previousOwners: TApproveClaimQuery['previousOwners'],
  ): Promise<void> {
    const { organisationId, claimantId } = claim;
    const owners = (await this.organisations.ownerIds(tx, organisationId)).filter((userId) => userId !== claimantId);
    await this.organisations.addMember(tx, organisationId, claimantId, 'owner', true);
    for (const userId of owners) {
      if (previousOwners === 'remove') await this.organisations.removeMember(tx, organisationId, userId);
      else await this.organisations.setRole(tx, organisationId, userId, 'member');
    }
    const revokedInvitations = await this.organisations.revokeOpenInvitations(tx, organisationId, this.clock.now());
    await this.audit.record(tx, {
      actorId: principal.id,
      action: 'organisation.control-transferred',
      entityType: 'organisation',
      entityId: organisationId,
      before: { owners },
      after: { owners: [claimantId], previousOwners: previousOwners === 'remove' ? 'removed' : 'demoted', revokedInvitations },
    });
  }
}
