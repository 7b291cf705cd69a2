import { Inject, Injectable } from '@nestjs/common';
import {
  daysBetweenDates,
  rigaDateOf,
  ZOverdueReportsQuery,
  type TAddReportRequest,
  type TMoveReportRequest,
  type TOverdueReportsQuery,
  type TOverdueReportsResponse,
  type TRemoveReportRequest,
  type TReportSchedule,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { dateColumnOf, isoDateOf, ProjectAccess, ProjectsRepository } from '../projects';
import { isLiveProject, toReportSummaries } from './project-reports.mapper';
import { ProjectReportsRepository } from './project-reports.repository';

/**
 * A project's report schedule: generated from the call's defaults when the project is
 * created, then edited by the programme's coordinators (add, move or remove a report not
 * yet submitted, always with a reason). Every edit bumps the project's version and is audited.
 */
@Injectable()
export class ReportScheduleService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectReportsRepository) private readonly reports: ProjectReportsRepository,
    @Inject(ProjectsRepository) private readonly projects: ProjectsRepository,
    @Inject(ProjectAccess) private readonly access: ProjectAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(principal: Principal, projectId: string): Promise<TReportSchedule> {
    const viewer = await this.access.viewerOf(principal, projectId);
    return this.schedule(projectId, viewer);
  }

  async add(principal: Principal, projectId: string, input: TAddReportRequest): Promise<TReportSchedule> {
    return this.prisma.$transaction(async (tx) => {
      await this.lockedProject(tx, principal, projectId, input.version);
      if (input.kind === 'final' && (await tx.projectReport.count({ where: { projectId, kind: 'final' } })) > 0) {
        throw Problems.invalidTransition('The project already has a final report: move it instead.');
      }
      const report = await tx.projectReport.create({ data: { projectId, kind: input.kind, dueDate: dateColumnOf(input.dueDate)!, dueDateManual: true } });
      await this.changed(tx, principal, projectId, 'report.schedule.add', null, { reportId: report.id, kind: input.kind, dueDate: input.dueDate, reason: input.reason });
      return this.schedule(projectId, 'staff', tx);
    });
  }

  async move(principal: Principal, projectId: string, reportId: string, input: TMoveReportRequest): Promise<TReportSchedule> {
    return this.prisma.$transaction(async (tx) => {
      await this.lockedProject(tx, principal, projectId, input.version);
      const report = await this.unsubmitted(tx, projectId, reportId);
      await tx.projectReport.update({ where: { id: reportId }, data: { dueDate: dateColumnOf(input.dueDate)!, dueDateManual: true } });
      await this.changed(tx, principal, projectId, 'report.schedule.move', { reportId, dueDate: isoDateOf(report.dueDate) }, { reportId, dueDate: input.dueDate, reason: input.reason });
      return this.schedule(projectId, 'staff', tx);
    });
  }

  async remove(principal: Principal, projectId: string, reportId: string, input: TRemoveReportRequest): Promise<TReportSchedule> {
    return this.prisma.$transaction(async (tx) => {
      await this.lockedProject(tx, principal, projectId, input.version);
      const report = await this.unsubmitted(tx, projectId, reportId);
      if (report.kind === 'final') throw Problems.invalidTransition('The final report cannot be removed: closing the project needs it. Move it instead.');
      if ((await this.reports.countTranchesWaitingFor(reportId, tx)) > 0) {
        throw Problems.invalidTransition('A payment tranche waits for this report: change the tranche first.');
      }
      await tx.projectReport.delete({ where: { id: reportId } });
      await this.changed(tx, principal, projectId, 'report.schedule.remove', { reportId, kind: report.kind, dueDate: isoDateOf(report.dueDate) }, { reason: input.reason });
      return this.schedule(projectId, 'staff', tx);
    });
  }

  /** The coordinator's dashboard: reports past due in the programmes they work for. */
  async overdue(principal: Principal, raw: TOverdueReportsQuery): Promise<TOverdueReportsResponse> {
    const query = ZOverdueReportsQuery.parse(raw);
    const today = rigaDateOf(this.clock.now());
    const { rows, total } = await this.reports.overdue(principal.id, today, query.page, query.pageSize);
    return {
      items: rows.map((row) => {
        const dueDate = isoDateOf(row.dueDate)!;
        return { ...row, dueDate, daysOverdue: daysBetweenDates(dueDate, today) };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async lockedProject(tx: Tx, principal: Principal, projectId: string, version: number): Promise<void> {
    await this.access.lockForStaff(tx, principal, projectId);
    const project = (await this.projects.findFacts(projectId, tx))!;
    const row = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true, status: true } });
    if (row.version !== version) throw Problems.staleVersion(row.version);
    if (!isLiveProject(row.status)) throw Problems.invalidTransition(`The project is ${row.status.replace(/_/g, ' ')}: its schedule takes no more changes.`);
  }

  private async unsubmitted(tx: Tx, projectId: string, reportId: string) {
    const report = await tx.projectReport.findUnique({ where: { id: reportId } });
    if (!report || report.projectId !== projectId) throw Problems.notFound();
    if (report.submittedAt !== null || report.status !== 'draft') throw Problems.invalidTransition('A report that was submitted keeps its place in the schedule.');
    return report;
  }

  private async changed(tx: Tx, principal: Principal, projectId: string, action: 'report.schedule.add' | 'report.schedule.move' | 'report.schedule.remove', before: object | null, after: object) {
    await tx.project.update({ where: { id: projectId }, data: { version: { increment: 1 } } });
    await this.audit.record(tx, { actorId: principal.id, action, entityType: 'project', entityId: projectId, before: before ?? undefined, after });
  }

  private async schedule(projectId: string, viewer: 'staff' | 'member', tx?: Tx): Promise<TReportSchedule> {
    const db = tx ?? this.prisma;
    const [project, rows] = await Promise.all([db.project.findUniqueOrThrow({ where: { id: projectId }, select: { version: true } }), this.reports.listForProject(projectId, tx)]);
    return { projectId, version: project.version, reports: toReportSummaries(rows, rigaDateOf(this.clock.now())), viewer };
  }
}
