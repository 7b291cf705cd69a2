import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ZCallApplicationExportQuery, ZExportQuery, ZProjectExportQuery, hasPermission, type TPermission, type TTableExportKind } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import type { TableFile } from '../../common/export/table-writers';
import { Problems } from '../../common/problem/problem.exception';
import { ApplicationGate } from '../application-access';
import { CallApplicationsExportService } from '../applications/call-applications-export.service';
import { ExportsService } from '../decisions/exports/exports.service';
import { ProjectExportsService } from '../projects/project-exports.service';

/** What each kind of list export needs: the permission, the query it takes (checked again when it runs). */
export const TABLE_EXPORT_RULES = {
  applications: { permission: 'applications:read-all', query: ZCallApplicationExportQuery },
  scores: { permission: 'decisions:manage', query: ZExportQuery },
  decisions: { permission: 'decisions:manage', query: ZExportQuery },
  projects: { permission: 'projects:manage', query: ZProjectExportQuery },
  payments: { permission: 'projects:manage', query: ZProjectExportQuery },
  reports: { permission: 'projects:manage', query: ZProjectExportQuery },
} as const satisfies Record<TTableExportKind, { permission: TPermission; query: z.ZodType<{ format: 'csv' | 'xlsx' }> }>;

export type TableExportQuery<K extends TTableExportKind> = z.infer<(typeof TABLE_EXPORT_RULES)[K]['query']>;

/**
 * The one place that knows which list each kind of export writes. Asked when the export is
 * requested (may this user have it?), when the worker writes it and when it is downloaded: a
 * user who lost access to the call in between gets nothing.
 */
@Injectable()
export class TableExportProducers {
  constructor(
    private readonly gate: ApplicationGate,
    private readonly applications: CallApplicationsExportService,
    private readonly decisions: ExportsService,
    private readonly projects: ProjectExportsService,
  ) {}

  /** Refuses (404, as the lists do) a user who may not read this export of this call. */
  async authorize(kind: TTableExportKind, principal: Principal, callId: string): Promise<void> {
    if (!hasPermission(principal.roles, TABLE_EXPORT_RULES[kind].permission)) throw Problems.notFound();
    if (kind === 'applications') await this.gate.assertCallReader(principal, callId);
    else await this.gate.callForStaff(principal, callId);
  }

  /** The file's stream, written batch by batch as it is read; each producer checks the caller again. */
  async produce(kind: TTableExportKind, principal: Principal, callId: string, storedQuery: unknown): Promise<TableFile> {
    if (!hasPermission(principal.roles, TABLE_EXPORT_RULES[kind].permission)) throw Problems.notFound();
    switch (kind) {
      case 'applications':
        return this.applications.export(principal, callId, TABLE_EXPORT_RULES.applications.query.parse(storedQuery));
      case 'scores':
        return this.decisions.scoreMatrix(principal, callId, TABLE_EXPORT_RULES.scores.query.parse(storedQuery));
      case 'decisions':
        return this.decisions.decisionList(principal, callId, TABLE_EXPORT_RULES.decisions.query.parse(storedQuery));
      case 'projects':
        return this.projects.projectsOf(principal, callId, TABLE_EXPORT_RULES.projects.query.parse(storedQuery));
      case 'payments':
        return this.projects.paymentsOf(principal, callId, TABLE_EXPORT_RULES.payments.query.parse(storedQuery));
      case 'reports':
        return this.projects.reportsOf(principal, callId, TABLE_EXPORT_RULES.reports.query.parse(storedQuery));
    }
  }
}
