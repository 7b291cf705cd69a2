import { Inject, Injectable } from '@nestjs/common';
import { hasPermission, projectTitleOf, type TRole } from '@kopa/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';

/** What the grantee filed that the programme's coordinators should look at. */
export type GranteeFiling =
  | { kind: 'budget-change'; changeId: string; reason: string }
  | { kind: 'report'; reportId: string; reportKind: 'interim' | 'final'; number: number; resubmitted: boolean };

/**
 * Tells the coordinators of a project's programme, by e-mail and in the inbox, each in their
 * own language, that the grantee filed something for them to decide (a budget change request,
 * a report). Staff-internal: no rate limit; each filing is sent once per coordinator (dedupe key).
 */
@Injectable()
export class ProjectStaffNotices {
  constructor(
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async granteeFiled(tx: Tx, projectId: string, filing: GranteeFiling, filedAt: Date): Promise<void> {
    const project = await tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        agreementNumber: true,
        organisation: { select: { legalName: true } },
        application: { select: { answers: true } },
        call: { select: { programme: { select: { staff: { select: { user: { select: { id: true, email: true, displayName: true, locale: true, roles: true } } } } } } } },
      },
    });
    const title = projectTitleOf(project.application.answers) ?? project.agreementNumber;
    const link = filing.kind === 'report' ? `${this.config.APP_URL}/manage/projects/${projectId}/reports/${filing.reportId}` : `${this.config.APP_URL}/manage/projects/${projectId}`;
    const coordinators = project.call.programme.staff.map((staff) => staff.user).filter((user) => hasPermission(user.roles as TRole[], 'projects:manage'));
    for (const user of coordinators) {
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `project-grantee-filed:${filing.kind === 'report' ? `${filing.reportId}:${filedAt.toISOString()}` : filing.changeId}:${user.id}`,
        to: user.email,
        locale: user.locale,
        userId: user.id,
        template: 'project-grantee-filed',
        params: {
          displayName: user.displayName,
          agreementNumber: project.agreementNumber,
          projectTitle: title.slice(0, 500),
          organisationName: project.organisation.legalName.slice(0, 500),
          ...(filing.kind === 'report'
            ? { filing: 'report' as const, reportKind: filing.reportKind, reportNumber: filing.number, resubmitted: filing.resubmitted, reason: '' }
            : { filing: 'budget-change' as const, reason: filing.reason.slice(0, 2000) }),
          link,
        },
      });
    }
  }
}
