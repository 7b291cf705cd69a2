import { Injectable } from '@nestjs/common';
import { rigaDaysBetween, type TApplicationStatus, type TCoordinatorCall, type TCoordinatorHomeResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { WorkspaceRepository, type CallStatusCountRow } from './workspace.repository';

/** The coordinator's home in one request: my calls, what waits for me, recent activity. */
@Injectable()
export class WorkspaceService {
  constructor(
    private readonly workspace: WorkspaceRepository,
    private readonly clock: Clock,
  ) {}

  async coordinatorHome(principal: Principal): Promise<TCoordinatorHomeResponse> {
    const [counts, attention, pendingClaimCount, activity] = await Promise.all([
      this.workspace.callStatusCounts(principal.id),
      this.workspace.clarificationsAnswered(principal.id),
      this.workspace.pendingClaimCount(),
      this.workspace.recentActivity(principal.id),
    ]);
    return {
      calls: groupCalls(counts, this.clock.now()),
      needsAttention: attention.map((row) => ({
        applicationId: row.applicationId,
        referenceNumber: row.referenceNumber,
        organisationName: row.organisationName,
        callCode: row.callCode,
        reason: 'clarification_answered' as const,
        since: new Date(row.since).toISOString(),
      })),
      pendingClaimCount,
      recentActivity: activity.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() })),
    };
  }
}

function groupCalls(rows: CallStatusCountRow[], now: Date): TCoordinatorCall[] {
  const calls = new Map<string, TCoordinatorCall>();
  for (const row of rows) {
    let call = calls.get(row.id);
    if (!call) {
      const closesAt = new Date(row.closesAt);
      call = {
        id: row.id,
        code: row.code,
        title: { lv: row.titleLv, en: row.titleEn },
        status: row.status,
        closesAt: closesAt.toISOString(),
        // Calendar days in Riga, so "today" is 0 all day long whatever the hour.
        daysToDeadline: rigaDaysBetween(now, closesAt),
        countsByStatus: {} as TCoordinatorCall['countsByStatus'],
      };
      calls.set(row.id, call);
    }
    if (row.applicationStatus) call.countsByStatus[row.applicationStatus as TApplicationStatus] = Number(row.count);
  }
  return [...calls.values()];
}
