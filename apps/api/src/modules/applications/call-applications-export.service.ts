import { Injectable, Logger } from '@nestjs/common';
import { formatRigaDateTime, type TCallApplicationExportQuery } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { streamTable, type TableFile } from '../../common/export/table-writers';
import { ApplicationGate } from '../application-access';
import { ApplicationsRepository } from './applications.repository';
import { CALL_APPLICATION_EXPORT_HEADERS } from './call-applications-export.headers';

/** Rows fetched per query: memory holds one batch, never the whole call. */
const BATCH = 500;

/** A call's applications as the coordinator filtered them, as CSV or XLSX, streamed batch by batch. */
@Injectable()
export class CallApplicationsExportService {
  private readonly logger = new Logger(CallApplicationsExportService.name);

  constructor(
    private readonly gate: ApplicationGate,
    private readonly applications: ApplicationsRepository,
  ) {}

  async export(principal: Principal, callId: string, query: TCallApplicationExportQuery): Promise<TableFile> {
    await this.gate.assertCallReader(principal, callId);
    const locale = principal.locale;
    const h = CALL_APPLICATION_EXPORT_HEADERS[locale];
    return streamTable(
      query.format,
      h.file,
      h.sheet,
      async (write) => {
        await write(h.columns);
        for (let page = 1; ; page++) {
          const { rows } = await this.applications.listForCall(callId, { ...query, page, pageSize: BATCH });
          for (const row of rows) {
            await write([
              row.referenceNumber,
              row.projectTitle,
              row.organisation.legalName,
              h.organisationTypes[row.organisation.type],
              locale === 'en' ? row.organisation.municipality.nameEn : row.organisation.municipality.nameLv,
              row.organisation.contactEmail,
              row.organisation.contactPhone,
              row.requestedCents === null ? null : Number(row.requestedCents) / 100,
              h.statuses[row.status],
              row.submittedAt ? formatRigaDateTime(row.submittedAt.toISOString(), locale) : null,
            ]);
          }
          if (rows.length < BATCH) return;
        }
      },
      (error) => this.logger.error(`applications export of call ${callId} failed: ${error.message}`),
    );
  }
}
