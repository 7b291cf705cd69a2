import { Inject, Injectable } from '@nestjs/common';
import type {
  TApplicantEligibilityResponse,
  TApplicationStatus,
  TEligibilityChecklistResponse,
  TEligibilityDetailResponse,
  TEligibilityListQuery,
  TEligibilityListResponse,
  TUpdateEligibilityChecklistRequest,
  TUpdateEligibilityTicksRequest,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { EligibilityApplications } from './eligibility-applications';
import { EligibilityResults } from './eligibility-results';
import { EligibilityRepository } from './eligibility.repository';
import { checklistOf, ticksOf, toEligibilityDetail, toEligibilityListItem } from './eligibility.mapper';

const CHECKABLE: TApplicationStatus[] = ['submitted', 'eligible', 'ineligible'];

/** The coordinator's eligibility screens: the call's list, one application's checks, the checklist. */
@Injectable()
export class EligibilityService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(EligibilityRepository) private readonly repository: EligibilityRepository,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(EligibilityApplications) private readonly applications: EligibilityApplications,
    @Inject(EligibilityResults) private readonly results: EligibilityResults,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, callId: string, query: TEligibilityListQuery): Promise<TEligibilityListResponse> {
    const call = await this.gate.callForStaff(principal, callId);
    await this.results.refreshCall(callId);
    const checklist = checklistOf(call.eligibilityChecklist);
    const [{ rows, total }, passing] = await Promise.all([
      this.repository.page(callId, query),
      this.repository.passingSubmittedIds(callId),
    ]);
    return {
      items: rows.map((row) => toEligibilityListItem(row, checklist)),
      page: query.page,
      pageSize: query.pageSize,
      total,
      passing: { count: passing.length, applicationIds: passing },
      call: { id: call.id, code: call.code, title: { lv: call.titleLv, en: call.titleEn }, version: call.version, checklist },
    };
  }

  /** One application's checks; a submitted one is checked afresh, a decided one shows what was decided on. */
  async detail(principal: Principal, id: string): Promise<TEligibilityDetailResponse> {
    let application = await this.applications.forStaff(principal, id);
    if (!CHECKABLE.includes(application.status as TApplicationStatus) && !application.eligibility) throw Problems.notFound('This application was not submitted.');
    if (application.status === 'submitted' || !application.eligibility) {
      await this.results.compute(application);
      application = (await this.repository.findApplication(id))!;
    }
    const results = EligibilityResults.stored(application.eligibility?.autoResults);
    return toEligibilityDetail(application, results, await this.repository.decidedByName(application.eligibility?.decidedById ?? null));
  }

  async saveChecklist(principal: Principal, callId: string, input: TUpdateEligibilityChecklistRequest): Promise<TEligibilityChecklistResponse> {
    const call = await this.gate.callForStaff(principal, callId);
    const saved = await this.prisma.$transaction(async (tx) => {
      if (!(await this.repository.saveChecklist(tx, callId, input.version, input.items))) return false;
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'call.eligibility-checklist-updated',
        entityType: 'call',
        entityId: callId,
        before: { checklist: checklistOf(call.eligibilityChecklist) },
        after: { checklist: input.items },
      });
      return true;
    });
    const current = (await this.repository.findCall(callId))!;
    if (!saved) throw Problems.staleVersion(current.version);
    return { callId, version: current.version, items: checklistOf(current.eligibilityChecklist) };
  }

  /** The coordinator ticks checklist items of one application (only items the call's checklist has). */
  async saveTicks(principal: Principal, id: string, input: TUpdateEligibilityTicksRequest): Promise<TEligibilityDetailResponse> {
    const application = await this.applications.forStaff(principal, id);
    if (!CHECKABLE.includes(application.status as TApplicationStatus)) throw Problems.invalidTransition('Only submitted applications are checked.');
    const known = new Set(checklistOf(application.call.eligibilityChecklist).map((item) => item.id));
    const unknown = Object.keys(input.ticks).filter((itemId) => !known.has(itemId));
    if (unknown.length) {
      throw Problems.validation(unknown.map((itemId) => ({ path: `ticks.${itemId}`, code: 'unknown_item', message: 'eligibility.checklist.unknownItem' })));
    }
    if (!application.eligibility) await this.results.compute(application);
    const current = ticksOf(application.eligibility?.checklist);
    const version = application.eligibility?.version ?? 1;
    if (version !== input.version || !(await this.repository.saveTicks(id, input.version, { ...current, ...input.ticks }))) {
      throw Problems.staleVersion(version);
    }
    return this.detail(principal, id);
  }

  async applicantView(principal: Principal, id: string): Promise<TApplicantEligibilityResponse> {
    const application = await this.applications.forMember(principal, id);
    const record = application.eligibility;
    if (!record?.outcome) return { outcome: null, reason: null, decidedAt: null };
    return { outcome: record.outcome, reason: record.reason, decidedAt: record.decidedAt?.toISOString() ?? null };
  }
}
