import { Inject, Injectable, Logger } from '@nestjs/common';
import { ZProjectListQuery, type TProjectExportQuery, type TProjectStatus, type TTrancheCondition, type TTrancheStatus } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { streamTable, type TableFile } from '../../common/export/table-writers';
import { ApplicationGate } from '../application-access';
import { isoDateOf } from './project-dates';
import { PROJECT_EXPORT_HEADERS } from './project-exports.headers';
import { conditionMet } from './projects.mapper';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';
import { toProjectListItem } from './projects.mapper';

/** Rows fetched per query: memory holds one batch, never the whole call. */
const BATCH = 500;

const euro = (cents: bigint | number) => Number(cents) / 100;

/** A call's projects and their payment tranches, filtered as on the list, as CSV or XLSX streamed batch by batch. */
@Injectable()
export class ProjectExportsService {
  private readonly logger = new Logger(ProjectExportsService.name);

  constructor(
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(ProjectsRepository) private readonly projects: ProjectsRepository,
    @Inject(ProjectsService) private readonly service: ProjectsService,
  ) {}

  async projectsOf(principal: Principal, callId: string, query: TProjectExportQuery & { format: 'csv' | 'xlsx' }): Promise<TableFile> {
    await this.gate.callForStaff(principal, callId);
    const filters = ZProjectListQuery.parse({ ...query, format: undefined });
    const locale = principal.locale;
    const h = PROJECT_EXPORT_HEADERS[locale];
    const today = this.service.today();
    return streamTable(
      query.format,
      h.projects.file,
      h.projects.sheet,
      async (write) => {
        await write(h.projects.columns);
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
      },
      (error) => this.logger.error(`projects export of call ${callId} failed: ${error.message}`),
    );
  }

  async paymentsOf(principal: Principal, callId: string, query: TProjectExportQuery & { format: 'csv' | 'xlsx' }): Promise<TableFile> {
    await this.gate.callForStaff(principal, callId);
    const filters = ZProjectListQuery.parse({ ...query, format: undefined });
    const locale = principal.locale;
    const h = PROJECT_EXPORT_HEADERS[locale];
    const today = this.service.today();
    return streamTable(
      query.format,
      h.payments.file,
      h.payments.sheet,
      async (write) => {
        await write(h.payments.columns);
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
              conditionMet(condition, row) ? h.yes : h.no,
              h.trancheStatuses[row.status as TTrancheStatus],
              isoDateOf(row.paidOn),
              row.bankReference,
              row.reason,
            ]);
          }
          if (rows.length < BATCH) return;
          after = { agreementNumber: rows.at(-1)!.agreementNumber, position: rows.at(-1)!.position };
        }
      },
      (error) => this.logger.error(`payments export of call ${callId} failed: ${error.message}`),
    );
  }
}
