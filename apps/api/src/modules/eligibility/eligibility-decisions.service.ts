import { Inject, Injectable } from '@nestjs/common';
import {
  APPLICATION_TRANSITIONS,
  canTakeApplicationAction,
  type TApplicationStatus,
  type TBulkMarkEligibleResponse,
  type TEligibilityAction,
  type TEligibilityDecisionRequest,
  type TEligibilityDetailResponse,
} from '@kopa/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { EligibilityApplications } from './eligibility-applications';
import { EligibilityResults } from './eligibility-results';
import { EligibilityRepository, type EligibilityApplication } from './eligibility.repository';
import { EligibilityService } from './eligibility.service';

const OUTCOME: Record<TEligibilityAction, 'eligible' | 'ineligible' | null> = {
  markEligible: 'eligible',
  markIneligible: 'ineligible',
  revertEligibility: null,
};

/**
 * Eligibility outcomes through the application workflow table (markEligible, markIneligible,
 * revertEligibility), audited as `application.<action>`; the applicant's members are told
 * by e-mail and in the inbox, each in their own language, with the reason.
 */
@Injectable()
export class EligibilityDecisionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(EligibilityRepository) private readonly repository: EligibilityRepository,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(EligibilityApplications) private readonly applications: EligibilityApplications,
    @Inject(EligibilityResults) private readonly results: EligibilityResults,
    @Inject(EligibilityService) private readonly service: EligibilityService,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async decide(principal: Principal, id: string, action: TEligibilityAction, input: TEligibilityDecisionRequest): Promise<TEligibilityDetailResponse> {
    await this.prisma.$transaction(async (tx) => {
      const application = await this.applications.lockForStaff(tx, principal, id);
      await this.apply(tx, principal, application, action, input.reason?.trim() || null);
    });
    return this.service.detail(principal, id);
  }

  /**
   * Marks eligible every submitted application of the call whose checks all pass, but only
   * if that set is exactly the one the coordinator saw and confirmed; otherwise nothing changes.
   */
  async markPassingEligible(principal: Principal, callId: string, applicationIds: string[]): Promise<TBulkMarkEligibleResponse> {
    await this.gate.callForStaff(principal, callId);
    await this.results.refreshCall(callId);
    return this.prisma.$transaction(async (tx) => {
      // One bulk action per call at a time.
      await this.repository.lockCall(tx, callId);
      const current = await this.repository.passingSubmittedIds(callId, tx);
      const seen = [...applicationIds].sort();
      if (current.length !== seen.length || current.some((currentId, index) => currentId !== seen[index])) {
        throw this.setChanged(current.length);
      }
      for (const applicationId of current) {
        const application = await this.applications.lockForStaff(tx, principal, applicationId);
        // Someone decided it between the list and the lock: the confirmed set no longer holds.
        if (application.status !== 'submitted' || application.eligibility?.autoPassed !== true) throw this.setChanged(current.length - 1);
        await this.apply(tx, principal, application, 'markEligible', null);
      }
      return { marked: current.length };
    });
  }

  private setChanged(currentCount: number) {
    return Problems.conflict(`The passing applications changed since you looked (now ${currentCount}); review the list again.`, [
      { path: 'applicationIds', code: 'set_changed', message: 'eligibility.bulk.setChanged' },
    ]);
  }

  private async apply(tx: Tx, principal: Principal, application: EligibilityApplication, action: TEligibilityAction, reason: string | null) {
    const status = application.status as TApplicationStatus;
    if (!canTakeApplicationAction(action, status, { actor: 'staff' }, true)) {
      throw Problems.invalidTransition(`An application in status ${status} cannot take the action ${action}.`);
    }
    // Decide on fresh results: the application may have been resubmitted since they were stored.
    const results = status === 'submitted' ? await this.results.compute(application, tx) : EligibilityResults.stored(application.eligibility?.autoResults);
    if (action === 'markIneligible' && !reason) {
      throw Problems.validation([{ path: 'reason', code: 'required', message: 'eligibility.outcome.reasonRequired' }]);
    }
    if (action === 'markEligible' && !reason && results.some((result) => !result.passed)) {
      throw Problems.validation([{ path: 'reason', code: 'required', message: 'eligibility.outcome.overrideReasonRequired' }]);
    }
    const outcome = OUTCOME[action];
    const now = this.clock.now();
    const after = await this.repository.setStatus(tx, application.id, APPLICATION_TRANSITIONS[action].to!);
    const record = await this.repository.recordOutcome(tx, application.id, {
      outcome,
      reason: outcome ? reason : null,
      decidedById: outcome ? principal.id : null,
      decidedAt: outcome ? now : null,
    });
    await this.audit.record(tx, {
      actorId: principal.id,
      action: `application.${action}`,
      entityType: 'application',
      entityId: application.id,
      before: { status, outcome: application.eligibility?.outcome ?? null, reason: application.eligibility?.reason ?? null },
      after: { status: after.status, outcome, reason: record.reason, failedChecks: results.filter((r) => !r.passed).map((r) => r.check) },
    });
    if (outcome) await this.notify(tx, application, outcome === 'eligible', record.reason ?? '', record.version);
  }

  private async notify(tx: Tx, application: EligibilityApplication, eligible: boolean, reason: string, recordVersion: number) {
    for (const member of await this.repository.members(tx, application.organisationId)) {
      await this.outbox.enqueueEmail(tx, {
        // The record's version makes a later re-decision a new message, a retry the same one.
        dedupeKey: `eligibility-decided:${application.id}:${recordVersion}:${member.id}`,
        to: member.email,
        locale: member.locale,
        userId: member.id,
        template: 'eligibility-decided',
        params: {
          displayName: member.displayName,
          referenceNumber: application.referenceNumber ?? application.id,
          callTitle: member.locale === 'en' ? application.call.titleEn : application.call.titleLv,
          eligible,
          reason,
          link: `${this.config.APP_URL}/applications/${application.id}`,
        },
      });
    }
  }
}
