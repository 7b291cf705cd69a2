import { Inject, Injectable } from '@nestjs/common';
import {
  PROJECT_TIMELINE_KINDS,
  ZProjectTimelineDetails,
  ZProjectTimelineQuery,
  projectTimelineKindOf,
  type TProjectTimelineDetails,
  type TProjectTimelineQuery,
  type TProjectTimelineResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { PrismaService } from '../../prisma/prisma.service';
import { ProjectAccess } from './project-access';

/** The agreement fields whose change the timeline names (the contact person's id means nothing to a reader). */
const AGREEMENT_FIELDS = ['startDate', 'endDate', 'granteeSignedOn', 'funderSignedOn'] as const;

/**
 * A project's timeline, newest first, read from the audit log: every entry recorded on the
 * project whose action has a kind in PROJECT_TIMELINE_KINDS (agreement, status, payments,
 * reports and budget changes), paged in SQL. Staff and the grantee's members read the same entries.
 */
@Injectable()
export class ProjectTimelineService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectAccess) private readonly access: ProjectAccess,
  ) {}

  async list(principal: Principal, projectId: string, rawQuery: TProjectTimelineQuery): Promise<TProjectTimelineResponse> {
    await this.access.viewerOf(principal, projectId);
    const query = ZProjectTimelineQuery.parse(rawQuery);
    const where = {
      entityType: 'project',
      entityId: projectId,
      OR: PROJECT_TIMELINE_KINDS.map((entry) => ({ action: { startsWith: entry.prefix } })),
    };
    const [rows, total] = await Promise.all([
      this.prisma.auditLog.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: { id: true, action: true, createdAt: true, before: true, after: true, actor: { select: { displayName: true } } },
      }),
      this.prisma.auditLog.count({ where }),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: projectTimelineKindOf(row.action)!,
        action: row.action,
        at: row.createdAt.toISOString(),
        actorName: row.actor?.displayName ?? null,
        details: timelineDetailsOf(row.action, row.before, row.after),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

type Json = Record<string, unknown>;

/** What an entry's audit record says that a reader needs: reasons, amounts, dates, versions. */
export function timelineDetailsOf(action: string, before: unknown, after: unknown): TProjectTimelineDetails {
  const was = (before ?? {}) as Json;
  const now = (after ?? {}) as Json;
  const details: Json = {
    reason: now.reason,
    tranche: now.tranche,
    amountCents: now.amountCents,
    paidOn: now.paidOn,
    bankReference: now.bankReference,
    version: action.startsWith('project.agreement.') ? now.version : undefined,
    fileName: now.fileName,
  };
  if (action === 'project.update') {
    for (const field of AGREEMENT_FIELDS) if (field in now && now[field] !== was[field]) details[field] = now[field];
  }
  if (action.startsWith('report.')) {
    details.reportKind = now.kind ?? was.kind;
    details.dueDate = action === 'report.schedule.remove' ? was.dueDate : now.dueDate;
    details.parts = now.parts;
    details.comment = now.comment;
  }
  if (action.startsWith('project.budgetChange.')) {
    details.comment = now.comment;
    if (Array.isArray(now.items)) details.budgetChanges = (now.items as { fromCents?: unknown; toCents?: unknown }[]).map((item) => ({ fromCents: Number(item.fromCents), toCents: Number(item.toCents) }));
  }
  if (action === 'project.tranches.plan' && Array.isArray(now.planned)) {
    details.plannedCents = (now.planned as { amountCents?: unknown }[]).map((tranche) => Number(tranche.amountCents));
  }
  // Old entries may lack a field or hold another shape: keep what parses, drop the rest.
  const parsed = ZProjectTimelineDetails.safeParse(Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)));
  return parsed.success ? parsed.data : {};
}
