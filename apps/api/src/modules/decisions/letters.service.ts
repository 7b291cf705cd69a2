import { Inject, Injectable } from '@nestjs/common';
import {
  CALL_TRANSITIONS,
  DECISION_KINDS,
  type TDecisionKind,
  type TLetterPreviewRequest,
  type TLetterPreviewResponse,
  type TLetterTemplateListResponse,
  type TLetterText,
  type TSendLettersResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { DecisionsRepository } from './decisions.repository';
import { LettersRepository } from './letters.repository';
import { FeedbackService } from './feedback.service';
import { DEFAULT_LETTER_TEMPLATES } from './letter-defaults';
import { feedbackParams, renderLetter, type LetterSubject } from './letter-rendering';
import { isCallDecided } from './budget';
import { ProjectCreation } from '../projects';

/** Decision-letter templates of a call, their preview, and sending the letters through the outbox. */
@Injectable()
export class LettersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly gate: ApplicationGate,
    private readonly decisions: DecisionsRepository,
    private readonly letters: LettersRepository,
    private readonly feedback: FeedbackService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly projectCreation: ProjectCreation,
  ) {}

  async list(principal: Principal, callId: string): Promise<TLetterTemplateListResponse> {
    await this.gate.callForStaff(principal, callId);
    const saved = await this.templatesOf(callId);
    return { items: DECISION_KINDS.map((kind) => ({ kind, ...saved.get(kind)!.text, isDefault: saved.get(kind)!.isDefault })) };
  }

  async save(principal: Principal, callId: string, kind: TDecisionKind, text: TLetterText) {
    await this.prisma.$transaction(async (tx) => {
      const call = await this.gate.callForStaff(principal, callId, tx);
      if (isCallDecided(call.status)) throw Problems.invalidTransition('The letters of this call were sent.');
      await this.letters.upsertTemplate(tx, callId, kind, text);
      await this.audit.record(tx, { actorId: principal.id, action: 'call.letter_template_saved', entityType: 'call', entityId: callId, after: { kind, ...text } });
    });
    return (await this.list(principal, callId)).items.find((item) => item.kind === kind)!;
  }

  async reset(principal: Principal, callId: string, kind: TDecisionKind) {
    await this.prisma.$transaction(async (tx) => {
      const call = await this.gate.callForStaff(principal, callId, tx);
      if (isCallDecided(call.status)) throw Problems.invalidTransition('The letters of this call were sent.');
      await this.letters.deleteTemplate(tx, callId, kind);
      await this.audit.record(tx, { actorId: principal.id, action: 'call.letter_template_reset', entityType: 'call', entityId: callId, after: { kind } });
    });
    return (await this.list(principal, callId)).items.find((item) => item.kind === kind)!;
  }

  async preview(principal: Principal, callId: string, input: TLetterPreviewRequest): Promise<TLetterPreviewResponse> {
    const call = await this.gate.callForStaff(principal, callId);
    const application = await this.decisions.findApplication(input.applicationId);
    if (!application || application.callId !== call.id) throw Problems.notFound();
    const kind = input.kind ?? application.decision?.kind;
    if (!kind) throw Problems.validation([{ path: 'kind', code: 'required', message: 'decisions.letters.kindRequired' }]);
    const template = input.template ?? (await this.templatesOf(callId)).get(kind)!.text;
    const subject: LetterSubject = {
      referenceNumber: application.referenceNumber,
      answers: application.answers,
      organisationName: application.organisation.legalName,
      callTitle: { lv: call.titleLv, en: call.titleEn },
      amountCents: kind === 'award' ? (application.decision?.amountCents ?? application.requestedCents) : null,
      rationale: application.decision?.rationale ?? '',
    };
    const feedback = application.decision?.feedbackEnabled
      ? (await this.feedback.forApplications(callId, [application.id])).get(application.id)!
      : null;
    return { kind, lv: renderLetter(template, subject, 'lv'), en: renderLetter(template, subject, 'en'), feedback };
  }

  /**
   * Queues every unsent letter of the call (one e-mail per member of the organisation, in
   * their language) and moves the call to `decided`. Exactly once: the call row is locked,
   * a decision is marked as soon as its letter is queued, and each e-mail has a dedupe key.
   */
  async send(principal: Principal, callId: string): Promise<TSendLettersResponse> {
    await this.gate.callForStaff(principal, callId);
    return this.prisma.$transaction(
      async (tx) => {
        const call = await this.decisions.lockCall(tx, callId);
        if (isCallDecided(call.status)) {
          return { queued: 0, emails: 0, alreadySent: await this.letters.countSent(callId, tx), callStatus: call.status };
        }
        if (call.status !== CALL_TRANSITIONS.decide.from) {
          throw Problems.invalidTransition('Close the call before sending its decision letters.');
        }
        const undecided = await this.decisions.countUndecided(callId, tx);
        if (undecided > 0) throw Problems.conflict(`${undecided} application(s) of this call still have no decision.`);

        const now = this.clock.now();
        const pending = await this.letters.unsentDecisions(tx, callId);
        const templates = await this.templatesOf(callId, tx);
        const withFeedback = pending.filter((decision) => decision.feedbackEnabled).map((decision) => decision.applicationId);
        const feedback = withFeedback.length > 0 ? await this.feedback.forApplications(callId, withFeedback, tx) : new Map();
        let emails = 0;
        for (const decision of pending) {
          const application = decision.application;
          const subject: LetterSubject = {
            referenceNumber: application.referenceNumber,
            answers: application.answers,
            organisationName: application.organisation.legalName,
            callTitle: { lv: call.titleLv, en: call.titleEn },
            amountCents: decision.amountCents,
            rationale: decision.rationale,
          };
          for (const { user } of application.organisation.members) {
            const letter = renderLetter(templates.get(decision.kind)!.text, subject, user.locale);
            await this.outbox.enqueueEmail(tx, {
              dedupeKey: `decision-letter:${decision.applicationId}:${user.id}`,
              to: user.email,
              locale: user.locale,
              template: 'decision-letter',
              params: {
                displayName: user.displayName,
                subject: letter.subject,
                body: letter.body,
                feedback: feedbackParams(feedback.get(decision.applicationId) ?? null, user.locale),
                link: `${this.config.APP_URL}/applications/${decision.applicationId}`,
              },
            });
            emails++;
          }
        }
        await this.letters.markQueued(tx, pending.map((decision) => decision.applicationId), now);
        const decided = await this.letters.markCallDecided(tx, callId, now);
        const projects = await this.projectCreation.createForAwards(tx, call, principal.id, now);
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'call.decide',
          entityType: 'call',
          entityId: callId,
          before: { status: call.status, decidedAt: call.decidedAt },
          after: { status: decided.status, decidedAt: decided.decidedAt, letters: pending.length, emails, projects },
        });
        return { queued: pending.length, emails, alreadySent: 0, callStatus: decided.status };
      },
      // A large call queues thousands of e-mails in this one transaction.
      { maxWait: 10_000, timeout: 300_000 },
    );
  }

  private async templatesOf(callId: string, tx?: Tx): Promise<Map<TDecisionKind, { text: TLetterText; isDefault: boolean }>> {
    const saved = new Map((await this.letters.templates(callId, tx)).map((row) => [row.kind, row]));
    return new Map(
      DECISION_KINDS.map((kind) => {
        const row = saved.get(kind);
        const text: TLetterText = row
          ? { subject: { lv: row.subjectLv, en: row.subjectEn }, body: { lv: row.bodyLv, en: row.bodyEn } }
          : DEFAULT_LETTER_TEMPLATES[kind];
        return [kind, { text, isDefault: !row }];
      }),
    );
  }
}
