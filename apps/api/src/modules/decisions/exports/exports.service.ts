import { Injectable } from '@nestjs/common';
import { formatRigaDateTime, reviewerWeightedTotal, round2, type TExportQuery, type TLocale } from '@kopa/shared';
import type { Principal } from '../../../common/auth/principal';
import { ApplicationGate } from '../../application-access';
import { DecisionsRepository } from '../decisions.repository';
import { ScoresRepository } from '../scores.repository';
import type { RankedRow } from '../scores.sql';
import { streamTable, type TableFile } from '../../../common/export/table-writers';
import { EXPORT_HEADERS } from './export-headers';

/**
 * Rows per fetch from the ranked list's cursor: memory holds one batch, whatever the call's
 * size. The call is scored once per export (bench/ scenario 7: paging the ranked query instead
 * scored the whole call again for every batch, 26 s for 9,000 rows).
 */
const BATCH = 1000;
const euros = (cents: bigint | null) => (cents === null ? null : Number(cents) / 100);

export type ExportFile = TableFile;

/** The call's score matrix and decision list as CSV or XLSX, streamed batch by batch. */
@Injectable()
export class ExportsService {
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
    return streamTable(query.format, `${call.code}-${h.scoresFile}`, h.scoresSheet, async (write) => {
      await write([h.reference, h.organisation, h.project, h.reviewer, ...criteria.map(name), h.moderated, h.reviewerTotal, h.applicationTotal]);
      await this.forEachBatch(callId, async (rows) => {
        const assignments = new Map<string, Awaited<ReturnType<ScoresRepository['submittedWithScores']>>>();
        for (const assignment of await this.scores.submittedWithScores(rows.map((row) => row.id))) {
          assignments.set(assignment.applicationId, [...(assignments.get(assignment.applicationId) ?? []), assignment]);
        }
        for (const row of rows) {
          for (const assignment of assignments.get(row.id) ?? []) {
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
      });
    });
  }

  async decisionList(principal: Principal, callId: string, query: TExportQuery): Promise<ExportFile> {
    const call = await this.gate.callForStaff(principal, callId);
    const locale: TLocale = principal.locale;
    const h = EXPORT_HEADERS[locale];
    return streamTable(query.format, `${call.code}-${h.decisionsFile}`, h.decisionsSheet, async (write) => {
      await write([h.rank, h.reference, h.organisation, h.project, h.status, h.applicationTotal, h.spread, h.disagreement, h.requested, h.decision, h.awarded, h.rationale, h.letterSent]);
      await this.forEachBatch(callId, async (rows) => {
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
      });
    });
  }

  /** Every ranked application of the call, best first, a batch at a time. */
  private forEachBatch(callId: string, onBatch: (rows: RankedRow[]) => Promise<void>): Promise<void> {
    return this.decisions.forEachRankedBatch(callId, BATCH, onBatch);
  }
}
