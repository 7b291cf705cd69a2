import { Inject, Injectable } from '@nestjs/common';
import {
  BUDGET_CHANGE_TRANSITIONS,
  budgetChangeTotalDelta,
  projectTitleOf,
  ZBudgetChangeListQuery,
  ZBudgetChangeTransitionRequest,
  ZCreateBudgetChangeRequest,
  type TBudgetChange,
  type TBudgetChangeListQuery,
  type TBudgetChangeListResponse,
  type TBudgetChangeTransitionRequest,
  type TCreateBudgetChangeRequest,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ProjectStaffNotices } from '../projects';
import { BudgetAccess, isFinishedProject, mayRequestChange } from './budget-access';
import { toBudgetChange } from './project-budgets.mapper';
import { ProjectBudgetsRepository, type BudgetChangeRow, type BudgetProjectFacts } from './project-budgets.repository';

/**
 * Budget change requests. A member of the grantee files one: for each line, the amount they
 * saw and the amount they ask for. A coordinator of the programme approves or rejects it.
 *
 * Approval applies each line's difference (to − from) to the line as it is now, under the
 * budget's row lock and with SQL increments, so concurrent approvals queue and none is lost,
 * and a coordinator's edit made meanwhile is kept rather than overwritten. A request that
 * only moves money between lines keeps the total; one that changes the total (e.g. returning
 * money, or using an award not fully budgeted) needs the coordinator to allow that
 * explicitly, and no request may take the total past the award or a line below zero.
 */
@Injectable()
export class BudgetChangesService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectBudgetsRepository) private readonly repository: ProjectBudgetsRepository,
    @Inject(BudgetAccess) private readonly access: BudgetAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ProjectStaffNotices) private readonly staffNotices: ProjectStaffNotices,
  ) {}

  async list(principal: Principal, projectId: string, rawQuery: TBudgetChangeListQuery): Promise<TBudgetChangeListResponse> {
    const { viewer, project } = await this.access.load(principal, projectId);
    const query = ZBudgetChangeListQuery.parse(rawQuery);
    const { rows, total } = await this.repository.listChanges(projectId, query);
    return { items: rows.map((row) => toBudgetChange(row, viewer, project.status)), total, page: query.page, pageSize: query.pageSize };
  }

  async create(principal: Principal, projectId: string, rawInput: TCreateBudgetChangeRequest): Promise<TBudgetChange> {
    const input = ZCreateBudgetChangeRequest.parse(rawInput);
    return this.prisma.$transaction(async (tx) => {
      const { project } = await this.access.lock(tx, principal, projectId, 'member');
      if (!mayRequestChange(project.status)) throw Problems.invalidTransition('Budget changes may be requested only while the project runs.');
      const lines = new Map((await this.repository.lines(projectId, tx)).map((line) => [line.id, line]));
      input.items.forEach((item, index) => {
        const line = lines.get(item.lineId);
        if (!line) throw Problems.validation([{ path: `items.${index}.lineId`, code: 'custom', message: 'budgetChanges.unknownLine' }], 'A line is not part of this budget.');
        if (BigInt(item.fromCents) !== line.amountCents) {
          throw Problems.conflict('The budget changed since you read it: reload it and file the request again.', [
            { path: `items.${index}.fromCents`, code: 'custom', message: 'budgetChanges.fromChanged' },
          ]);
        }
      });
      this.assertWithinAward(project, [...lines.values()].reduce((sum, line) => sum + line.amountCents, 0n) + BigInt(budgetChangeTotalDelta(input.items)));
      const change = await this.repository.createChange(tx, {
        projectId,
        reason: input.reason,
        requestedById: principal.id,
        items: input.items.map((item) => ({ lineId: item.lineId, fromCents: BigInt(item.fromCents), toCents: BigInt(item.toCents) })),
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.budgetChange.request',
        entityType: 'project',
        entityId: projectId,
        after: { changeId: change.id, reason: input.reason, items: input.items },
      });
      await this.staffNotices.granteeFiled(tx, projectId, { kind: 'budget-change', changeId: change.id, reason: input.reason }, this.clock.now());
      return toBudgetChange(change, 'member', project.status);
    });
  }

  async transition(principal: Principal, projectId: string, changeId: string, rawInput: TBudgetChangeTransitionRequest): Promise<TBudgetChange> {
    const input = ZBudgetChangeTransitionRequest.parse(rawInput);
    const transition = BUDGET_CHANGE_TRANSITIONS[input.action];
    return this.prisma.$transaction(async (tx) => {
      const { project } = await this.access.lock(tx, principal, projectId, transition.by);
      const change = await this.repository.findChange(projectId, changeId, tx);
      if (!change) throw Problems.notFound();
      if (isFinishedProject(project.status)) throw Problems.invalidTransition(`The project is ${project.status}: its budget takes no more changes.`);
      if (!transition.from.includes(change.status)) throw Problems.invalidTransition(`A request that is ${change.status} cannot be ${transition.to}.`);
      if (input.action === 'approve') await this.apply(tx, project, change, input.allowTotalChange);
      const decided = await this.repository.decideChange(tx, changeId, {
        status: transition.to as 'approved' | 'rejected' | 'withdrawn',
        decidedById: principal.id,
        decidedAt: this.clock.now(),
        decisionComment: input.comment ?? null,
      });
      if (!decided) throw Problems.invalidTransition('Someone else has decided this request meanwhile.');
      await this.audit.record(tx, {
        actorId: principal.id,
        action: `project.budgetChange.${input.action}`,
        entityType: 'project',
        entityId: projectId,
        before: { changeId, status: change.status },
        after: { changeId, status: transition.to, ...(input.comment ? { comment: input.comment } : {}) },
      });
      if (input.action !== 'withdraw') await this.notify(tx, project, changeId, input.action === 'approve', input.comment ?? '');
      return toBudgetChange((await this.repository.findChange(projectId, changeId, tx))!, transition.by, project.status);
    });
  }

  /** Applies the request's differences to the lines as they are now (the budget row is locked). */
  private async apply(tx: Tx, project: BudgetProjectFacts, change: BudgetChangeRow, allowTotalChange: boolean): Promise<void> {
    const items = change.items.map((item) => ({ lineId: item.lineId, fromCents: Number(item.fromCents), toCents: Number(item.toCents) }));
    const delta = budgetChangeTotalDelta(items);
    if (delta !== 0 && !allowTotalChange) {
      throw Problems.invalidTransition('This request changes the budget’s total: approve it only by allowing that explicitly.');
    }
    const lines = new Map((await this.repository.lines(project.id, tx)).map((line) => [line.id, line]));
    for (const item of change.items) {
      if (lines.get(item.lineId)!.amountCents + item.toCents - item.fromCents < 0n) {
        throw Problems.invalidTransition(`The line “${item.line.description}” has less left than the request takes from it now.`);
      }
    }
    this.assertWithinAward(project, [...lines.values()].reduce((sum, line) => sum + line.amountCents, 0n) + BigInt(delta));
    for (const item of change.items) await this.repository.addToLine(tx, item.lineId, item.toCents - item.fromCents);
    await this.repository.bumpBudgetVersion(tx, project.id);
  }

  private assertWithinAward(project: BudgetProjectFacts, totalCents: bigint): void {
    if (totalCents > project.awardedCents) {
      throw Problems.validation([{ path: 'items', code: 'too_big', message: 'budget.lines.aboveAward' }], 'The budget would add up to more than the award.');
    }
  }

  /** The grantee's members hear of the decision by e-mail and in the inbox, each in their own language. */
  private async notify(tx: Tx, project: BudgetProjectFacts, changeId: string, approved: boolean, comment: string): Promise<void> {
    const title = projectTitleOf((await this.repository.applicationAnswers(tx, project.id))) ?? project.agreementNumber;
    for (const member of await this.repository.members(tx, project.organisationId)) {
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `project-budget-change-decided:${changeId}:${member.id}`,
        to: member.email,
        locale: member.locale,
        userId: member.id,
        template: 'project-budget-change-decided',
        params: {
          displayName: member.displayName,
          agreementNumber: project.agreementNumber,
          projectTitle: title.slice(0, 500),
          approved,
          comment,
          link: `${this.config.APP_URL}/projects/${project.id}`,
        },
      });
    }
  }
}
