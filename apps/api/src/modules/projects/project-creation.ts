import { Inject, Injectable } from '@nestjs/common';
import { agreementNumberOf, applicationBudgetLinesOf, budgetOfRecordFrom, defaultTranches, ZFormDefinition, type TFormDefinition } from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Tx } from '../../prisma/prisma.service';
import { rigaYearOf } from './project-dates';
import { createReportSchedule, scheduleDefaultsOf } from './project-report-schedule';

/**
 * Awarding creates a funded project. Called by the decision letters' transaction, which holds
 * the call's row lock, so the agreement sequence of a call is read and written by one writer
 * at a time; the unique (call, sequence) index backs that up.
 */
@Injectable()
export class ProjectCreation {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  /** One project per award of the call that has none yet, numbered in the order of the application reference numbers. */
  async createForAwards(tx: Tx, call: { id: string; code: string }, actorId: string, now: Date): Promise<number> {
    const schedule = scheduleDefaultsOf(await tx.call.findUniqueOrThrow({ where: { id: call.id }, select: { reportInterimOffsetsDays: true, reportFinalOffsetDays: true } }));
    const awards = await tx.decision.findMany({
      where: { callId: call.id, kind: 'award', application: { project: null } },
      select: { applicationId: true, amountCents: true, application: { select: { organisationId: true, referenceNumber: true, formVersion: true, answers: true } } },
      orderBy: [{ application: { referenceNumber: 'asc' } }, { applicationId: 'asc' }],
    });
    if (awards.length === 0) return 0;
    const last = await tx.project.aggregate({ where: { callId: call.id }, _max: { agreementSequence: true } });
    let sequence = last._max.agreementSequence ?? 0;
    const year = rigaYearOf(now);
    const forms = new Map<number, TFormDefinition | null>();
    for (const award of awards) {
      sequence += 1;
      const awardedCents = Number(award.amountCents ?? 0n);
      const contact = await tx.organisationMember.findFirst({
        where: { organisationId: award.application.organisationId, role: 'owner' },
        orderBy: { createdAt: 'asc' },
        select: { userId: true },
      });
      const budget = budgetOfRecordFrom(await this.applicationBudget(tx, call.id, award.application, forms), awardedCents);
      const project = await tx.project.create({
        data: {
          applicationId: award.applicationId,
          callId: call.id,
          organisationId: award.application.organisationId,
          agreementNumber: agreementNumberOf(call.code, year, sequence),
          agreementSequence: sequence,
          awardedCents: BigInt(awardedCents),
          contactUserId: contact?.userId ?? null,
          tranches: {
            create: defaultTranches(awardedCents).map((tranche, index) => ({
              position: index + 1,
              amountCents: BigInt(tranche.amountCents),
              condition: tranche.condition,
            })),
          },
          budget: { create: {} },
          // The budget of record: the approved application budget, the grant's share of each line.
          budgetLines: {
            create: budget.map((line, index) => ({
              position: index + 1,
              category: line.category,
              description: line.description,
              amountCents: BigInt(line.amountCents),
              originalCents: BigInt(line.amountCents),
            })),
          },
        },
      });
      await createReportSchedule(tx, project.id, schedule, { startDate: null, endDate: null });
      await this.audit.record(tx, {
        actorId,
        action: 'project.create',
        entityType: 'project',
        entityId: project.id,
        after: { agreementNumber: project.agreementNumber, applicationId: award.applicationId, awardedCents, budgetLines: budget.length },
      });
    }
    return awards.length;
  }

  /** The application's approved budget lines (none when its form has no answered budget table). */
  private async applicationBudget(tx: Tx, callId: string, application: { formVersion: number; answers: unknown }, forms: Map<number, TFormDefinition | null>) {
    if (!forms.has(application.formVersion)) {
      const row = await tx.callForm.findUnique({ where: { callId_version: { callId, version: application.formVersion } }, select: { definition: true } });
      const parsed = row ? ZFormDefinition.safeParse(row.definition) : null;
      forms.set(application.formVersion, parsed?.success ? parsed.data : null);
    }
    const form = forms.get(application.formVersion);
    return form ? applicationBudgetLinesOf(form, (application.answers ?? {}) as Record<string, unknown>) : [];
  }
}
