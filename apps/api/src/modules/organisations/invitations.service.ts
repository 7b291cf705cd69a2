import { Inject, Injectable } from '@nestjs/common';
import { PROBLEM_TYPES, type TInviteMemberRequest } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import { hashToken, newSecretToken } from '../auth/secret-token';
import { OrganisationAccessService } from './organisation-access';
import { OrganisationsRepository } from './organisations.repository';
import { InvitationsRepository } from './invitations.repository';
import { Clock } from '../../common/clock/clock';

export const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;

/**
 * Invitations mail people who never asked for it, with a name the sender chose: limits per
 * sender and per organisation keep Kopa from becoming a way to send unwanted mail.
 */
export const INVITATION_LIMITS = {
  perSenderPerHour: 10,
  perOrganisationPerDay: 30,
} as const;

const tooManyInvitations = (detail: string) => new ProblemException(PROBLEM_TYPES.rateLimited, 429, detail);

const invalidToken = () =>
  new ProblemException(PROBLEM_TYPES.invalidToken, 400, 'This invitation link is not valid: it expired, was revoked or was already used.');

/** E-mailed invitations to join an organisation: owners send and revoke them, the invitee accepts. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invitations: InvitationsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccessService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, organisationId: string) {
    await this.access.forOwner(principal, organisationId);
    return this.invitations.listOpen(organisationId);
  }

  async invite(principal: Principal, organisationId: string, input: TInviteMemberRequest) {
    const { organisation } = await this.access.forOwner(principal, organisationId);
    const invitee = await this.invitations.userByEmail(input.email);
    if (invitee && (await this.organisations.membership(organisationId, invitee.id))) {
      throw Problems.conflict('This person is already a member of the organisation.', [
        { path: 'email', code: 'already_member', message: 'organisation.invitation.alreadyMember' },
      ]);
    }
    const now = this.clock.now();
    await this.assertWithinLimits(principal, organisationId, now);
    const token = newSecretToken();
    return this.prisma.$transaction(async (tx) => {
      await this.invitations.revokeOpenFor(tx, organisationId, input.email, now);
      const invitation = await this.invitations.create(tx, {
        organisationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: principal.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      });
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `organisation-invitation:${invitation.id}`,
        to: input.email,
        // The invitee reads it in their own language if we know it, else in the inviter's.
        locale: invitee?.locale ?? principal.locale,
        template: 'organisation-invitation',
        params: {
          organisationName: organisation.legalName,
          inviterName: principal.displayName,
          link: `${this.config.APP_URL}/invitations/accept?token=${encodeURIComponent(token)}`,
        },
      });
      // The invitee's address stays on the invitation row; the log refers to it by id.
      const recorded = { id: invitation.id, role: invitation.role, expiresAt: invitation.expiresAt };
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'organisation.invitation-created',
        entityType: 'organisation',
        entityId: organisationId,
        after: recorded,
      });
      return invitation;
    });
  }

  private async assertWithinLimits(principal: Principal, organisationId: string, now: Date): Promise<void> {
    const hourAgo = new Date(now.getTime() - 3_600_000);
    const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
    if ((await this.invitations.countSentSince({ invitedById: principal.id }, hourAgo)) >= INVITATION_LIMITS.perSenderPerHour) {
      throw tooManyInvitations(`You can send at most ${INVITATION_LIMITS.perSenderPerHour} invitations an hour.`);
    }
    if ((await this.invitations.countSentSince({ organisationId }, dayAgo)) >= INVITATION_LIMITS.perOrganisationPerDay) {
      throw tooManyInvitations(`An organisation can send at most ${INVITATION_LIMITS.perOrganisationPerDay} invitations a day.`);
    }
  }

  async revoke(principal: Principal, organisationId: string, invitationId: string): Promise<void> {
    await this.access.forOwner(principal, organisationId);
    const invitation = await this.invitations.findInOrganisation(organisationId, invitationId);
    if (!invitation) throw Problems.notFound();
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.invitations.revoke(tx, invitationId, this.clock.now()))) {
        throw Problems.invalidTransition('This invitation was already accepted or revoked.');
      }
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'organisation.invitation-revoked',
        entityType: 'organisation',
        entityId: organisationId,
        before: { id: invitation.id, role: invitation.role },
      });
    });
  }

  /** Adds the signed-in user to the organisation; the invitation is for one address and one use. */
  async accept(principal: Principal, token: string): Promise<string> {
    const invitation = await this.invitations.findByTokenHash(hashToken(token));
    const now = this.clock.now();
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw invalidToken();
    if (invitation.email !== principal.email.toLowerCase()) {
      throw Problems.forbidden(`This invitation was sent to another e-mail address. Sign in as ${maskEmail(invitation.email)} to accept it.`);
    }
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.invitations.accept(tx, invitation.id, now))) throw invalidToken();
      await this.organisations.lock(tx, invitation.organisationId);
      // Someone who is already a member keeps the role they have.
      const member = await this.organisations.addMember(tx, invitation.organisationId, principal.id, invitation.role, false);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'organisation.invitation-accepted',
        entityType: 'organisation',
        entityId: invitation.organisationId,
        after: { invitationId: invitation.id, member },
      });
      return invitation.organisationId;
    });
  }
}

/** Shows enough of the invited address to recognise it without revealing it to a stranger. */
function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 2)}…@${domain}`;
}
