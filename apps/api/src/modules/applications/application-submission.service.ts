import { Injectable } from '@nestjs/common';
import { buildAnswersSchema, requestedCentsOf, visibleAnswers, type TAnswers, type TApplicationResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Turns } from '../../common/concurrency/turns';
import { Problems } from '../../common/problem/problem.exception';
import { ApplicationGate, deadlineFacts } from '../application-access';
import { PrismaService } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { auditSnapshot, bigintOrNull, projectTitleColumn } from './applications.mapper';
import { assertRoleMayTake, assertTransition, formatReference, ineligibilityReasons, rigaYear } from './application-rules';
import { ReceiptService } from './receipt/receipt.service';
import { ClarificationAnsweredNotifier } from './clarification-answered.notifier';
import { ReferenceNumbers } from './reference-numbers';

/**
 * How many submissions run their transaction at once (the pool has 10 connections). At a
 * deadline surge the others wait their turn in memory rather than inside a transaction whose
 * 15 s timeout runs (bench/ scenario 5); the deadline is judged by the arrival instant.
 */
const CONCURRENT_SUBMISSIONS = 4;

/**
 * Submission, deadline-safe and idempotent: the row is locked, so double clicks, retries
 * and concurrent requests run one after another; the first submits, the others find it
 * submitted and answer with the same result.
 */
@Injectable()
export class ApplicationSubmissionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsRepository,
    private readonly gate: ApplicationGate,
    private readonly service: ApplicationsService,
    private readonly audit: AuditService,
    private readonly receipts: ReceiptService,
    private readonly clock: Clock,
    private readonly clarificationAnswered: ClarificationAnsweredNotifier,
    private readonly referenceNumbers: ReferenceNumbers,
  ) {}

  private readonly turns = new Turns(CONCURRENT_SUBMISSIONS);

  async submit(principal: Principal, id: string): Promise<TApplicationResponse> {
    // The instant the request arrived decides the deadline, however long it waits for its turn.
    const now = this.clock.now();
    return this.turns.run(() => this.submitAt(principal, id, now));
  }

  private submitAt(principal: Principal, id: string, now: Date): Promise<TApplicationResponse> {
    return this.prisma.$transaction(
      async (tx) => {
        const { application, viewer } = await this.gate.lockForMember(tx, principal, id);
        const caller = { actor: 'member', orgRole: viewer.role } as const;
        assertRoleMayTake('submit', caller);
        // Already submitted (a repeat, a retry or the loser of a race): the same result, no second submission.
        if (application.status === 'submitted') return this.service.respondIn(tx, id, viewer, now);
        assertTransition('submit', deadlineFacts(application), caller, now);
        // The organisation or the call may have changed since the application was started.
        const ineligible = ineligibilityReasons(application.call, application.organisation);
        if (ineligible.length > 0) throw Problems.validation(ineligible, 'The organisation is no longer eligible for this call.');
        await this.applications.lockFormForShare(tx, application.callId, application.formVersion);
        const form = await this.gate.formOf(application, tx);
        const answers = (application.answers ?? {}) as TAnswers;
        const limits = {
          minAwardCents: Number(application.call.minAwardCents),
          maxAwardCents: Number(application.call.maxAwardCents),
          ownContributionPercent: application.call.ownContributionPercent,
        };
        const checked = buildAnswersSchema(form, 'submit', limits).safeParse(answers);
        if (!checked.success) {
          throw Problems.validation(
            checked.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message })),
            'The application is not complete.',
          );
        }

        // Taken last among the checks, outside this transaction (see ReferenceNumbers).
        const referenceNumber =
          application.referenceNumber ??
          formatReference(
            application.call.code,
            rigaYear(now),
            await this.referenceNumbers.next(application.call.code, rigaYear(now)),
          );
        const revisionNumber = application._count.revisions + 1;
        await this.applications.createRevision(tx, {
          applicationId: id,
          number: revisionNumber,
          formVersion: application.formVersion,
          answers: visibleAnswers(form, answers) as Prisma.InputJsonObject,
          submittedById: principal.id,
          submittedAt: now,
        });
        const after = await this.applications.update(tx, id, {
          status: 'submitted',
          referenceNumber,
          submittedAt: application.submittedAt ?? now,
          submittedById: principal.id,
          requestedCents: bigintOrNull(requestedCentsOf(form, answers)),
          projectTitle: projectTitleColumn(visibleAnswers(form, answers)),
        });
        if (application.status === 'clarification_requested') await this.clarificationAnswered.notify(tx, application, referenceNumber);
        await this.applications.resolveClarifications(tx, id, now);
        await this.audit.record(tx, {
          actorId: principal.id,
          action: revisionNumber === 1 ? 'application.submitted' : 'application.resubmitted',
          entityType: 'application',
          entityId: id,
          before: auditSnapshot(application),
          after: { ...auditSnapshot(after), revision: revisionNumber },
        });
        await this.receipts.enqueueReceipts(tx, { applicationId: id, revisionNumber, submittedById: principal.id });
        return this.service.respondIn(tx, id, viewer, now, form);
      },
      { timeout: 15_000 },
    );
  }
}
