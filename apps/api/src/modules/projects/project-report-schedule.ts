import { reportScheduleOf, scheduledDueDate, type TReportScheduleDefaults } from '@kopa/shared';
import type { Tx } from '../../prisma/prisma.service';
import { dateColumnOf, isoDateOf } from './project-dates';

/** The call's report schedule defaults as stored on the call row. */
export function scheduleDefaultsOf(call: { reportInterimOffsetsDays: number[]; reportFinalOffsetDays: number }): TReportScheduleDefaults {
  return { interimOffsetsDays: call.reportInterimOffsetsDays, finalOffsetDays: call.reportFinalOffsetDays };
}

/** A new project owes the reports of its call's schedule (undated until the project's period is set). */
export async function createReportSchedule(tx: Tx, projectId: string, defaults: TReportScheduleDefaults, period: { startDate: string | null; endDate: string | null }): Promise<void> {
  await tx.projectReport.createMany({
    data: reportScheduleOf(defaults, period).map((report) => ({
      projectId,
      kind: report.kind,
      offsetDays: report.offsetDays,
      dueDate: dateColumnOf(report.dueDate) ?? null,
    })),
  });
}

/**
 * The project's period changed: reports still owed whose due date follows from the schedule
 * (not set by hand) move with it. Submitted and approved reports keep the date they had.
 */
export async function syncReportDueDates(tx: Tx, projectId: string, period: { startDate: Date | null; endDate: Date | null }): Promise<void> {
  const reports = await tx.projectReport.findMany({
    where: { projectId, dueDateManual: false, offsetDays: { not: null }, status: { in: ['draft', 'changes_requested'] } },
    select: { id: true, kind: true, offsetDays: true, dueDate: true },
  });
  const dates = { startDate: isoDateOf(period.startDate), endDate: isoDateOf(period.endDate) };
  for (const report of reports) {
    const due = scheduledDueDate(report.kind, report.offsetDays!, dates);
    if (due === isoDateOf(report.dueDate)) continue;
    await tx.projectReport.update({ where: { id: report.id }, data: { dueDate: dateColumnOf(due) ?? null } });
  }
}
