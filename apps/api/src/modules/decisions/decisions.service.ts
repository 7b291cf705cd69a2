import { Injectable } from '@nestjs/common';
import {
  APPLICATION_TRANSITIONS,
  canTakeApplicationAction,
  ZDecideRequest,
  type TDecideRequest,
  type TDecideResponse,
  type TFieldError,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { DecisionsRepository, type DecisionApplication } from './decisions.repository';
import { budgetLine, isCallDecided } from './budget';
import { decisionResponse, decisionSnapshot } from './decisions.mapper';

type Call = DecisionApplication['call'];

/**
 * Award, waitlist or reject one application within the call's budget. Every decision of a
 * call runs under a lock on the call row, so two coordinators deciding at once see each
 * other's awards and can never spend the envelope twice.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly gate: ApplicationGate,
    private readonly repository: DecisionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async decide(principal: Principal, applicationId: string, rawInput: TDecideRequest): Promise<TDecideResponse> {
    const input = ZDecideRequest.parse(rawInput);
    // Checked before the lock too, so a stranger never waits on (or learns about) a busy call.
    const found = await this.gate.applicationForStaff(principal, applicationId);
    return this.prisma.$transaction(
      async (tx) => {
        const call = await this.repository.lockCall(tx, found.callId);
        const application = await this.repository.lockApplication(tx, applicationId);
        if (isCallDecided(call.status)) throw Problems.invalidTransition('The decision letters of this call were sent; decisions are final.');
        if (!canTakeApplicationAction(input.kind, application.status, { actor: 'staff' }, true)) {
          throw Problems.invalidTransition(`A ${application.status} application cannot be given the decision "${input.kind}".`);
        }
        const allocatedElsewhere = await this.repository.allocatedCents(call.id, tx, applicationId);
        let overrideReason: string | null = null;
        if (input.kind === 'award') {
          const amount = BigInt(input.amountCents!);
          this.checkAmount(amount, application, call);
          if (allocatedElsewhere + amount > call.budgetEnvelopeCents) {
            if (!input.overrideReason) {
              throw Problems.conflict(
                `This award would take the call past its budget envelope: ${allocatedElsewhere + amount} of ${call.budgetEnvelopeCents} cents.`,
                [{ path: 'overrideReason', code: 'over_envelope', message: 'decisions.envelope.overrideRequired' }],
              );
            }
            overrideReason = input.overrideReason;
          }
        }

        const now = this.clock.now();
        const amountCents = input.kind === 'award' ? BigInt(input.amountCents!) : null;
        const decision = await this.repository.upsertDecision(tx, applicationId, {
          callId: call.id,
          kind: input.kind,
          amountCents,
          rationale: input.rationale,
          overrideReason,
          feedbackEnabled: input.feedbackEnabled,
          decidedById: principal.id,
          decidedAt: now,
        });
        const updated = await this.repository.updateApplication(tx, applicationId, {
          status: APPLICATION_TRANSITIONS[input.kind].to!,
          awardedCents: amountCents,
          decidedAt: now,
        });
        await this.audit.record(tx, {
          actorId: principal.id,
          action: `application.${input.kind}`,
          entityType: 'application',
          entityId: applicationId,
          before: decisionSnapshot(application, application.decision),
          after: decisionSnapshot(updated, decision),
        });
        const allocated = allocatedElsewhere + (amountCents ?? 0n);
        return {
          decision: decisionResponse(decision, principal.displayName),
          status: updated.status,
          budget: budgetLine(call.budgetEnvelopeCents, allocated),
        };
      },
      // Waiting for the call lock behind another coordinator's decision is expected.
      { maxWait: 10_000, timeout: 20_000 },
    );
  }

  /** Never above the requested amount or the call's maximum, never below its minimum. */
  private checkAmount(amount: bigint, application: DecisionApplication, call: Call): void {
    const errors: TFieldError[] = [];
    if (application.requestedCents !== null && amount > application.requestedCents) {
      errors.push({ path: 'amountCents', code: 'above_requested', message: 'decisions.amount.aboveRequested' });
    }
    if (amount > call.maxAwardCents) errors.push({ path: 'amountCents', code: 'above_maximum', message: 'decisions.amount.aboveMaximum' });
    if (amount < call.minAwardCents) errors.push({ path: 'amountCents', code: 'below_minimum', message: 'decisions.amount.belowMinimum' });
    if (errors.length > 0) throw Problems.validation(errors);
  }
}
