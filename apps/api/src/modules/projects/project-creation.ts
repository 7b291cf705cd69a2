import { Inject, Injectable } from '@nestjs/common';
import { agreementNumberOf, defaultTranches } from '@kopa/shared';
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
      select: { applicationId: true, amountCents: true, application: { select: { organisationId: true, referenceNumber: true } } },
      orderBy: [{ application: { referenceNumber: 'asc' } }, { applicationId: 'asc' }],
    });
    if (awards.length === 0) return 0;
    const last = await tx.project.aggregate({ where: { callId: call.id }, _max: { agreementSequence: true } });
    let sequence = last._max.agreementSequence ?? 0;
    const year = rigaYearOf(now);
    for (const award of awards) {
      sequence += 1;
      const awardedCents = Number(award.amountCents ?? 0n);
      const contact = await tx.organisationMember.findFirst({
        where: { organisationId: award.application.organisationId, role: 'owner' },
        orderBy: { createdAt: 'asc' },
        select: { userId: true },
      });
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
        },
      });
      await createReportSchedule(tx, project.id, schedule, { startDate: null, endDate: null });
      await this.audit.record(tx, {
        actorId,
        action: 'project.create',
        entityType: 'project',
        entityId: project.id,
        after: { agreementNumber: project.agreementNumber, applicationId: award.applicationId, awardedCents },
      });
    }
    return awards.length;
  }
}
