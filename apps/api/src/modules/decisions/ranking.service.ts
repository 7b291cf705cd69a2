import { Injectable } from '@nestjs/common';
import { ZRankedListQuery, type TRankedListQuery, type TRankedListResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { ApplicationGate } from '../application-access';
import { DecisionsRepository } from './decisions.repository';
import { budgetLine } from './budget';

const cents = (value: bigint | null) => (value === null ? null : Number(value));

/** The ranked list of a call's reviewed and decided applications with the live budget line. */
@Injectable()
export class RankingService {
  constructor(
    private readonly gate: ApplicationGate,
    private readonly repository: DecisionsRepository,
  ) {}

  async list(principal: Principal, callId: string, rawQuery: TRankedListQuery): Promise<TRankedListResponse> {
    const call = await this.gate.callForStaff(principal, callId);
    const query = ZRankedListQuery.parse(rawQuery);
    const [rows, allocated, undecidedCount, unsentLetterCount] = await Promise.all([
      this.repository.rankedPage(callId, query),
      this.repository.allocatedCents(callId),
      this.repository.countUndecided(callId),
      this.repository.countUnsentLetters(callId),
    ]);
    return {
      call: {
        id: call.id,
        code: call.code,
        title: { lv: call.titleLv, en: call.titleEn },
        status: call.status,
        minAwardCents: Number(call.minAwardCents),
        maxAwardCents: Number(call.maxAwardCents),
        disagreementGap: call.disagreementGap,
        decidedAt: call.decidedAt?.toISOString() ?? null,
      },
      budget: budgetLine(call.budgetEnvelopeCents, allocated),
      items: rows.map((row) => ({
        id: row.id,
        rank: row.rank,
        referenceNumber: row.referenceNumber,
        organisationName: row.organisationName,
        projectTitle: row.projectTitle,
        status: row.status,
        requestedCents: cents(row.requestedCents),
        awardedCents: cents(row.awardedCents),
        reviewCount: row.reviewCount,
        weightedTotal: row.weightedTotal,
        spread: row.spread,
        disagreement: row.disagreement,
        belowMinimum: row.belowMinimum,
        decision: row.decisionKind
          ? { kind: row.decisionKind, amountCents: cents(row.decisionAmountCents), rationale: row.decisionRationale ?? '', letterSent: row.letterQueuedAt !== null }
          : null,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: rows[0]?.totalCount ?? (query.page > 1 ? await this.countAll(callId, query) : 0),
      undecidedCount,
      unsentLetterCount,
    };
  }

  /** A page past the end has no rows to carry the count: ask for the first page of the same filter. */
  private async countAll(callId: string, query: ReturnType<typeof ZRankedListQuery.parse>): Promise<number> {
    const [first] = await this.repository.rankedPage(callId, { ...query, page: 1, pageSize: 1 });
    return first?.totalCount ?? 0;
  }
}
