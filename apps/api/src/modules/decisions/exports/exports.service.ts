import { Injectable, Logger } from '@nestjs/common';
import { formatRigaDateTime, reviewerWeightedTotal, round2, type TExportQuery, type TLocale } from '@kopa/shared';
import type { Principal } from '../../../common/auth/principal';
import { ApplicationGate } from '../../application-access';
import { DecisionsRepository } from '../decisions.repository';
import { ScoresRepository } from '../scores.repository';
import type { RankedRow } from '../scores.sql';
import { streamTable, type Cell, type TableFile } from '../../../common/export/table-writers';
import { EXPORT_HEADERS } from './export-headers';

/**
 * Rows per query. Every batch scores the whole call again (the ranked list's SQL, paged), so
 * small batches made a 9,000-row export take 18 queries and 26 s (bench/ scenario 7); a batch
 * of this size keeps the queries few and the memory bounded (a few MB, whatever the call's size).
 */
const BATCH = 2500;
const euros = (cents: bigint | null) => (cents === null ? null : Number(cents) / 100);

export type ExportFile = TableFile;

/** The call's score matrix and decision list as CSV or XLSX, streamed batch by batch. */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    private readonly gate: ApplicationGate,
    private readonly decisions: DecisionsRepository,
    private readonly scores: ScoresRepository,
  ) {}

  async scoreMatrix(principal: Principal, callId: string, query: TExportQuery): Promise<ExportFile> {
    const call = await this.gate.callForStaff(principal, callId);
    const locale = principal.locale;
    const h = EXPORT_HEADERS[locale];
    const criteria = await this.scores.criteria(callId);
    const name = (c: (typeof criteria)[number]) => (locale === 'en' ? c.nameEn : c.nameLv);
    return this.stream(query, `${call.code}-${h.scoresFile}`, h.scoresSheet, async (write) => {
      await write([h.reference, h.organisation, h.project, h.reviewer, ...criteria.map(name), h.moderated, h.reviewerTotal, h.applicationTotal]);
      for await (const rows of this.batches(callId)) {
        const assignments = await this.scores.submittedWithScores(rows.map((row) => row.id));
        for (const row of rows) {
          for (const assignment of assignments.filter((a) => a.applicationId === row.id)) {
            const byCriterion = new Map(assignment.scores.map((score) => [score.criterionId, score]));
            const total = reviewerWeightedTotal(criteria, { submitted: true, scores: Object.fromEntries(byCriterion) });
            await write([
              row.referenceNumber,
              row.organisationName,
              row.projectTitle,
              assignment.reviewer.displayName,
              ...criteria.map((c) => {
                const score = byCriterion.get(c.id);
                return score ? (score.moderatedScore ?? score.score) : null;
              }),
              criteria.filter((c) => byCriterion.get(c.id)?.moderatedScore != null).map(name).join(', '),
              total === null ? null : round2(total),
              row.weightedTotal,
            ]);
          }
        }
      }
    });
  }

  async decisionList(principal: Principal, callId: string, query: TExportQuery): Promise<ExportFile> {
    const call = await this.gate.callForStaff(principal, callId);
    const locale: TLocale = principal.locale;
    const h = EXPORT_HEADERS[locale];
    return this.stream(query, `${call.code}-${h.decisionsFile}`, h.decisionsSheet, async (write) => {
      await write([h.rank, h.reference, h.organisation, h.project, h.status, h.applicationTotal, h.spread, h.disagreement, h.requested, h.decision, h.awarded, h.rationale, h.letterSent]);
      for await (const rows of this.batches(callId)) {
        for (const row of rows) {
          await write([
            row.rank,
            row.referenceNumber,
            row.organisationName,
            row.projectTitle,
            h.statuses[row.status],
            row.weightedTotal,
            row.spread,
            row.disagreement ? h.yes : h.no,
            euros(row.requestedCents),
            row.decisionKind ? h.kinds[row.decisionKind] : null,
            euros(row.decisionKind === 'award' ? row.decisionAmountCents : null),
            row.decisionRationale,
            row.letterQueuedAt ? formatRigaDateTime(row.letterQueuedAt, locale) : null,
          ]);
        }
      }
    });
  }

  /** Starts writing in the background and hands back the stream at once; a failure ends the download. */
  private async stream(query: TExportQuery, baseName: string, sheetName: string, produce: (write: (cells: Cell[]) => Promise<void>) => Promise<void>): Promise<ExportFile> {
    return streamTable(query.format, baseName, sheetName, produce, (error) => this.logger.error(`export ${baseName} failed: ${error.message}`));
  }

  /** Every ranked application of the call, best first, a batch at a time. */
  private async *batches(callId: string): AsyncGenerator<RankedRow[]> {
    for (let page = 1; ; page++) {
      const rows = await this.decisions.rankedPage(callId, { page, pageSize: BATCH, sort: 'total', order: 'desc' });
      if (rows.length > 0) yield rows;
      if (rows.length < BATCH) return;
    }
  }
}
