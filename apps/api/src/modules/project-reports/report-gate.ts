import { Inject, Injectable } from '@nestjs/common';
import { editablePartsOf, type TReportStatus } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ProjectAccess, type ProjectViewer } from '../projects';
import { ProjectReportsRepository, type ReportRow } from './project-reports.repository';

/**
 * Who may see or change a report, decided once: whoever may see its project (programme staff,
 * the grantee organisation's members; anyone else gets 404, as if it did not exist). Grantees
 * write the content, staff review it.
 */
@Injectable()
export class ReportGate {
  constructor(
    @Inject(ProjectReportsRepository) private readonly reports: ProjectReportsRepository,
    @Inject(ProjectAccess) private readonly projects: ProjectAccess,
  ) {}

  async load(principal: Principal, reportId: string, tx?: Tx): Promise<{ report: ReportRow; viewer: ProjectViewer }> {
    const report = await this.reports.find(reportId, tx);
    if (!report) throw Problems.notFound();
    return { report, viewer: await this.projects.viewerOf(principal, report.projectId) };
  }

  /** Checks the caller first, then locks the report row for the transaction and reads it again. */
  async lock(tx: Tx, principal: Principal, reportId: string): Promise<{ report: ReportRow; viewer: ProjectViewer }> {
    await this.load(principal, reportId, tx);
    await this.reports.lock(tx, reportId);
    return this.load(principal, reportId, tx);
  }

  /**
   * For the expenses of a report (budget feature): a grantee may add, change or remove an
   * expense only while the report's expenses are open (a draft, or reopened by a change request).
   */
  async assertExpensesEditable(tx: Tx, principal: Principal, reportId: string): Promise<void> {
    const { report, viewer } = await this.lock(tx, principal, reportId);
    if (viewer !== 'member') throw Problems.forbidden('Only the grantee changes a report.');
    if (!editablePartsOf(report.status as TReportStatus, report.reopenedParts, null).expenses) {
      throw Problems.invalidTransition('The expenses of this report are not open for changes.');
    }
  }
}
