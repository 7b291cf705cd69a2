import { Inject, Injectable } from '@nestjs/common';
import { ZProjectListQuery, formatRigaDateTime, type TLocale, type TProjectExportQuery, type TProjectStatus, type TReportStatus, type TTrancheCondition, type TTrancheStatus } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { streamTable, type Cell, type TableFile } from '../../common/export/table-writers';
import { Clock } from '../../common/clock/clock';
import { ApplicationGate } from '../application-access';
import { isoDateOf, rigaIsoDateOf } from './project-dates';
import { PROJECT_EXPORT_HEADERS, type ExportHeaders } from './project-exports.headers';
import { conditionMet, toProjectListItem } from './projects.mapper';
import { ProjectsRepository } from './projects.repository';

/** Rows fetched per query: memory holds one batch, never the whole call. */
const BATCH = 500;

const euro = (cents: bigint | number) => Number(cents) / 100;

type ExportQuery = TProjectExportQuery & { format: 'csv' | 'xlsx' };

/** A call's projects, their payment tranches and their reports, filtered as on the list, as CSV or XLSX streamed batch by batch. */
@Injectable()
export class ProjectExportsService {
  constructor(
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(ProjectsRepository) private readonly projects: ProjectsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async projectsOf(principal: Principal, callId: string, query: ExportQuery): Promise<TableFile> {
    return this.stream(principal, callId, query, 'projects', async ({ write, filters, today, h, locale }) => {
      for (let page = 1; ; page++) {
        const { rows } = await this.projects.list({ callId }, { ...filters, page, pageSize: BATCH }, today);
        for (const row of rows) {
          const item = toProjectListItem(row);
          await write([
            row.agreementNumber,
            item.projectTitle,
            row.organisationName,
            row.registrationNumber,
            locale === 'en' ? row.municipalityEn : row.municipalityLv,
            h.statuses[row.status as TProjectStatus],
            item.startDate,
            item.endDate,
            isoDateOf(row.granteeSignedOn),
            isoDateOf(row.funderSignedOn),
            euro(row.awardedCents),
            euro(row.paidCents),
            euro(row.awardedCents - row.paidCents),
          ]);
        }
        if (rows.length < BATCH) return;
      }
    });
  }

  async paymentsOf(principal: Principal, callId: string, query: ExportQuery): Promise<TableFile> {
    return this.stream(principal, callId, query, 'payments', async ({ write, filters, today, h }) => {
      let after: { agreementNumber: string; position: number } | null = null;
      for (;;) {
        const rows = await this.projects.callTranches(callId, filters, today, after, BATCH);
        for (const row of rows) {
          const condition = row.condition as TTrancheCondition;
          await write([
            row.agreementNumber,
            row.organisationName,
            row.position,
            euro(row.amountCents),
            isoDateOf(row.dueDate),
            h.conditions[condition],
            conditionMet(
              { condition, reportId: row.reportId },
              { ...row, reports: row.reportId && row.reportStatus ? [{ id: row.reportId, status: row.reportStatus as TReportStatus }] : [] },
            )
              ? h.yes
              : h.no,
            h.trancheStatuses[row.status as TTrancheStatus],
            isoDateOf(row.paidOn),
            row.bankReference,
            row.reason,
          ]);
        }
        if (rows.length < BATCH) return;
        after = { agreementNumber: rows.at(-1)!.agreementNumber, position: rows.at(-1)!.position };
      }
    });
  }

  async reportsOf(principal: Principal, callId: string, query: ExportQuery): Promise<TableFile> {
    return this.stream(principal, callId, query, 'reports', async ({ write, filters, today, h, locale }) => {
      let after: { agreementNumber: string; sortDue: Date; id: string } | null = null;
      for (;;) {
        const rows = await this.projects.callReports(callId, filters, today, after, BATCH);
        for (const row of rows) {
          await write([
            row.agreementNumber,
            row.organisationName,
            row.kind === 'final' ? h.reportKinds.final : `${h.reportKinds.interim} ${row.number}`,
            isoDateOf(row.dueDate),
            h.reportStatuses[row.status as TReportStatus],
            row.overdue ? h.yes : h.no,
            row.submittedAt ? formatRigaDateTime(row.submittedAt.toISOString(), locale) : null,
            row.approvedAt ? formatRigaDateTime(row.approvedAt.toISOString(), locale) : null,
            row.participantsTotal,
            row.eventsHeld,
            row.volunteers,
            row.volunteerHours,
            euro(row.expensesCents),
          ]);
        }
        if (rows.length < BATCH) return;
        const last = rows.at(-1)!;
        after = { agreementNumber: last.agreementNumber, sortDue: last.sortDue, id: last.id };
      }
    });
  }

  /** Checks the caller, then streams the header row of `table` (in the caller's language) and what `produce` writes. */
  private async stream(
    principal: Principal,
    callId: string,
    query: ExportQuery,
    table: 'projects' | 'payments' | 'reports',
    produce: (context: { write: (cells: Cell[]) => Promise<void>; filters: ReturnType<typeof ZProjectListQuery.parse>; today: string; h: ExportHeaders; locale: TLocale }) => Promise<void>,
  ): Promise<TableFile> {
    await this.gate.callForStaff(principal, callId);
    const filters = ZProjectListQuery.parse({ ...query, format: undefined });
    const locale = principal.locale;
    const h = PROJECT_EXPORT_HEADERS[locale];
    // "Payment due" is decided by today's date in Riga.
    const today = rigaIsoDateOf(this.clock.now());
    return streamTable(
      query.format,
      h[table].file,
      h[table].sheet,
      async (write) => {
        await write(h[table].columns);
        await produce({ write, filters, today, h, locale });
      },
    );
  }
}
