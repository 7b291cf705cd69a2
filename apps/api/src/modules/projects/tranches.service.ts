import { Inject, Injectable } from '@nestjs/common';
import { TRANCHE_TRANSITIONS, ZPaymentsDueQuery, type TPaymentsDueQuery, type TPaymentsDueResponse, type TProjectDetail, type TSaveTranchesRequest, type TTrancheTransitionRequest } from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { dateColumnOf, isoDateOf } from './project-dates';
import { conditionMet, scheduledCents, toProjectDetail } from './projects.mapper';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';

const CONDITION_TEXT = {
  none: '',
  agreement_signed: 'the agreement is not yet signed by both sides',
  final_report_approved: 'the final report is not yet approved',
  report_approved: 'the report it waits for is not yet approved',
} as const;

/**
 * Payment tranches: the planned schedule (edited as a whole until a tranche moves on) and
 * each tranche's way to paid. What is scheduled never exceeds the award, so nothing can be
 * paid beyond it; a tranche whose condition is unmet is neither approved nor paid.
 */
@Injectable()
export class TranchesService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectsRepository) private readonly projects: ProjectsRepository,
    @Inject(ProjectsService) private readonly service: ProjectsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The coordinator's dashboard: tranches waiting to be paid on their programmes' calls, earliest due first. */
  async paymentsDue(principal: Principal, rawQuery: TPaymentsDueQuery): Promise<TPaymentsDueResponse> {
    const query = ZPaymentsDueQuery.parse(rawQuery);
    const today = this.service.today();
    const { rows, total } = await this.projects.paymentsDue(principal.id, today, query.page, query.pageSize);
    return {
      items: rows.map((row) => {
        const dueDate = isoDateOf(row.dueDate);
        return { ...row, amountCents: Number(row.amountCents), dueDate, overdue: dueDate !== null && dueDate < today };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async savePlanned(principal: Principal, projectId: string, input: TSaveTranchesRequest): Promise<TProjectDetail> {
    return this.prisma.$transaction(async (tx) => {
      const project = await this.service.lockedForChange(tx, principal, projectId, input.version);
      const fixed = project.tranches.filter((tranche) => tranche.status !== 'planned');
      const planned = input.planned.map((tranche) => ({ ...tranche, amountCents: BigInt(tranche.amountCents), status: 'planned' }));
      const total = scheduledCents([...fixed, ...planned]);
      if (total > Number(project.awardedCents)) {
        throw Problems.validation(
          [{ path: 'planned', code: 'too_big', message: 'projects.tranche.overAward' }],
          `The tranches add up to more than the award (${total} > ${project.awardedCents} cents).`,
        );
      }
      const reportIds = new Set(project.reports.map((report) => report.id));
      const strange = input.planned.findIndex((tranche) => tranche.condition === 'report_approved' && !reportIds.has(tranche.reportId!));
      if (strange >= 0) {
        throw Problems.validation([{ path: `planned.${strange}.reportId`, code: 'unknown_report', message: 'projects.tranche.unknownReport' }], 'The tranche waits for a report this project does not have.');
      }
      await tx.projectTranche.deleteMany({ where: { projectId, status: 'planned' } });
      // The planned ones are replaced, so numbering continues after the tranches that moved on.
      let position = Math.max(0, ...fixed.map((tranche) => tranche.position));
      for (const tranche of input.planned) {
        position += 1;
        await tx.projectTranche.create({
          data: {
            projectId,
            position,
            amountCents: BigInt(tranche.amountCents),
            dueDate: dateColumnOf(tranche.dueDate),
            condition: tranche.condition,
            reportId: tranche.condition === 'report_approved' ? tranche.reportId! : null,
          },
        });
      }
      await tx.project.update({ where: { id: projectId }, data: { version: { increment: 1 } } });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.tranches.plan',
        entityType: 'project',
        entityId: projectId,
        before: { planned: project.tranches.filter((tranche) => tranche.status === 'planned').map(plannedSnapshot) },
        after: { planned: input.planned },
      });
      return toProjectDetail((await this.projects.findDetail(projectId, tx))!, 'staff');
    });
  }

  async transition(principal: Principal, projectId: string, trancheId: string, input: TTrancheTransitionRequest): Promise<TProjectDetail> {
    return this.prisma.$transaction(async (tx) => {
      const project = await this.service.lockedForChange(tx, principal, projectId, input.version);
      const tranche = project.tranches.find((candidate) => candidate.id === trancheId);
      if (!tranche) throw Problems.notFound();
      const transition = TRANCHE_TRANSITIONS[input.action];
      if (!transition.from.includes(tranche.status)) {
        throw Problems.invalidTransition(`A tranche that is ${tranche.status} cannot be moved by "${input.action}".`);
      }
      if (transition.needsReason && !input.reason) {
        throw Problems.validation([{ path: 'reason', code: 'required', message: 'projects.reasonRequired' }], 'Give the reason for this change.');
      }
      if (transition.needsCondition && !conditionMet(tranche, project)) {
        throw Problems.invalidTransition(`Not yet: ${CONDITION_TEXT[tranche.condition]}.`);
      }
      const paying = input.action === 'pay';
      await tx.projectTranche.update({
        where: { id: trancheId },
        data: {
          status: transition.to,
          ...(paying ? { paidOn: dateColumnOf(input.paidOn), bankReference: input.bankReference } : {}),
          ...(transition.needsReason ? { reason: input.reason } : {}),
        },
      });
      await tx.project.update({ where: { id: projectId }, data: { version: { increment: 1 } } });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: `project.tranche.${input.action}`,
        entityType: 'project',
        entityId: projectId,
        before: { tranche: tranche.position, status: tranche.status },
        after: {
          tranche: tranche.position,
          status: transition.to,
          ...(paying ? { paidOn: input.paidOn, bankReference: input.bankReference, amountCents: tranche.amountCents } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
        },
      });
      return toProjectDetail((await this.projects.findDetail(projectId, tx))!, 'staff');
    });
  }
}

function plannedSnapshot(tranche: { amountCents: bigint; dueDate: Date | null; condition: string; reportId: string | null }) {
  return { amountCents: Number(tranche.amountCents), dueDate: isoDateOf(tranche.dueDate), condition: tranche.condition, reportId: tranche.reportId };
}
