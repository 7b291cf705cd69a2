import { Inject, Injectable } from '@nestjs/common';
import {
  allQuestions,
  formatRigaDateTime,
  type TApplicationResponse,
  type TFieldError,
  type TRequestClarificationRequest,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationGate, deadlineFacts } from '../application-access';
import { ApplicationsService } from './applications.service';
import { auditSnapshot } from './applications.mapper';
import { assertTransition } from './application-rules';

/** A coordinator reopens named questions of a submitted application until a due date. */
@Injectable()
export class ApplicationClarificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsRepository,
    private readonly gate: ApplicationGate,
    private readonly service: ApplicationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async request(principal: Principal, id: string, input: TRequestClarificationRequest): Promise<TApplicationResponse> {
    return this.prisma.$transaction(async (tx) => {
      const { application, viewer } = await this.gate.lockForManager(tx, principal, id);
      const now = this.clock.now();
      assertTransition('requestClarification', deadlineFacts(application), { actor: 'staff' }, now);
      const form = await this.gate.formOf(application, tx);
      const known = new Set(allQuestions(form).map((question) => question.id));
      const dueAt = new Date(input.dueAt);
      const errors: TFieldError[] = [];
      input.questionIds.forEach((questionId, index) => {
        if (!known.has(questionId)) errors.push({ path: `questionIds.${index}`, code: 'unknown_question', message: 'answer.question.unknown' });
      });
      if (dueAt.getTime() <= now.getTime()) errors.push({ path: 'dueAt', code: 'in_past', message: 'application.clarification.dueInPast' });
      if (errors.length > 0) throw Problems.validation(errors);

      const questionIds = [...new Set(input.questionIds)];
      const clarification = await this.applications.createClarification(tx, {
        applicationId: id,
        questionIds,
        message: input.message,
        dueAt,
        requestedById: principal.id,
      });
      const after = await this.applications.update(tx, id, { status: 'clarification_requested' });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'application.clarification_requested',
        entityType: 'application',
        entityId: id,
        before: auditSnapshot(application),
        after: { ...auditSnapshot(after), clarification: { id: clarification.id, questionIds, message: input.message, dueAt } },
      });
      const extra = application.submittedById ? [application.submittedById] : [];
      for (const recipient of await this.applications.findRecipients(tx, application.organisationId, extra)) {
        await this.outbox.enqueueEmail(tx, {
          dedupeKey: `clarification-requested:${clarification.id}:${recipient.id}`,
          to: recipient.email,
          locale: recipient.locale,
          template: 'clarification-requested',
          params: {
            displayName: recipient.displayName,
            referenceNumber: application.referenceNumber ?? '',
            message: input.message,
            dueAt: formatRigaDateTime(dueAt, recipient.locale),
            link: `${this.config.APP_URL}/applications/${id}`,
          },
        });
      }
      return this.service.respondIn(tx, id, viewer, now, form);
    });
  }
}
