import { Injectable } from '@nestjs/common';
import { formatRigaDateTime, type TCallApplicationExportQuery } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { streamTable, type TableFile } from '../../common/export/table-writers';
import { ApplicationGate } from '../application-access';
import { ApplicationsRepository } from './applications.repository';
import { CALL_APPLICATION_EXPORT_HEADERS } from './call-applications-export.headers';

/** Rows per fetch from the list's cursor: memory holds one batch, never the whole call. */
const BATCH = 1000;

/** A call's applications as the coordinator filtered them, as CSV or XLSX, streamed batch by batch. */
@Injectable()
export class CallApplicationsExportService {
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
        await this.applications.forEachForCall(callId, query, BATCH, async (rows) => {
          for (const row of rows) {
            await write([
              row.referenceNumber,
              row.projectTitle,
              row.legalName,
              h.organisationTypes[row.organisationType],
              locale === 'en' ? row.municipalityNameEn : row.municipalityNameLv,
              row.contactEmail,
              row.contactPhone,
              row.requestedCents === null ? null : Number(row.requestedCents) / 100,
              h.statuses[row.status],
              row.submittedAt ? formatRigaDateTime(row.submittedAt.toISOString(), locale) : null,
            ]);
          }
        });
      },
    );
  }
}
