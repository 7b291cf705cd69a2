import { Inject, Injectable } from '@nestjs/common';
import { addDays, daysBetweenDates, formatCalendarDate, reminderRuleOn, rigaDateOf } from '@kopa/shared';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import { isoDateOf } from '../projects';
import { ProjectReportsRepository } from './project-reports.repository';

const BATCH = 200;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Reminders of reports still owed: 14 and 3 days before the due date, on the day, and weekly
 * while overdue (reminderRuleOn). Each rule goes to each recipient exactly once: the row
 * (report, rule, user) is inserted with ON CONFLICT DO NOTHING in the same transaction that
 * writes the e-mail and inbox copy (dedupe key `report-reminder:<report>:<rule>:<user>`), so
 * overlapping sweeps, retries and a worker killed mid-run send nothing twice.
 */
@Injectable()
export class ReportRemindersService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectReportsRepository) private readonly reports: ProjectReportsRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async sweep(): Promise<number> {
    const today = rigaDateOf(this.clock.now());
    let sent = 0;
    let after = FIRST_ID;
    for (;;) {
      const due = await this.reports.remindable(addDays(today, 14), after, BATCH);
      for (const candidate of due) sent += await this.remind(candidate.id, today);
      if (due.length < BATCH) return sent;
      after = due[due.length - 1]!.id;
    }
  }

  /** One report's reminder for today's rule, to each recipient who has not had it; the number written. */
  private async remind(reportId: string, today: string): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      await this.reports.lock(tx, reportId);
      const report = await this.reports.find(reportId, tx);
      if (!report || !report.dueDate || (report.status !== 'draft' && report.status !== 'changes_requested')) return 0;
      const dueDate = isoDateOf(report.dueDate)!;
      const rule = reminderRuleOn(dueDate, today);
      if (!rule) return 0;
      let written = 0;
      for (const user of await this.reports.recipients(report.projectId, tx)) {
        if (!(await this.reports.markReminder(tx, reportId, rule, user.id))) continue;
        await this.outbox.enqueueEmail(tx, {
          dedupeKey: `report-reminder:${reportId}:${rule}:${user.id}`,
          to: user.email,
          locale: user.locale,
          userId: user.id,
          template: 'report-reminder',
          params: {
            displayName: user.displayName,
            agreementNumber: report.project.agreementNumber,
            kind: report.kind,
            dueDate: formatCalendarDate(dueDate, user.locale),
            daysLeft: daysBetweenDates(today, dueDate),
            link: `${this.config.APP_URL}/projects/${report.projectId}/reports/${reportId}`,
          },
        });
        written += 1;
      }
      return written;
    });
  }
}
