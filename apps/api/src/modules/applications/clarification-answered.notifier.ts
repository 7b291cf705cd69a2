import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationsRepository } from './applications.repository';

/**
 * When an applicant resubmits with the clarification, the coordinator who asked for it is
 * told by e-mail (in their own language). Call it before the clarifications are resolved.
 */
@Injectable()
export class ClarificationAnsweredNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly applications: ApplicationsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async notify(tx: Tx, application: { id: string; organisation: { legalName: string } }, referenceNumber: string): Promise<void> {
    for (const { clarificationId, user } of await this.applications.findOpenClarificationRequesters(tx, application.id)) {
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `clarification-answered:${clarificationId}:${user.id}`,
        to: user.email,
        locale: user.locale,
        template: 'clarification-answered',
        params: {
          displayName: user.displayName,
          referenceNumber,
          organisationName: application.organisation.legalName,
          link: `${this.config.APP_URL}/manage/applications/${application.id}`,
        },
      });
    }
  }
}
