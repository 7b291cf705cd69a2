import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  allQuestions,
  answerOf,
  answerValueSchema,
  requestedCentsOf,
  type TAnswerConflict,
  type TFieldError,
  type TUpdateAnswersRequest,
  type TUpdateAnswersResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { PROBLEM_TYPES } from '@kopa/shared';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationGate } from '../application-access';
import { deadlineFacts, editableQuestionIds } from '../application-access';
import { bigintOrNull, projectTitleColumn, type TAnswersJson, type TFieldVersions } from './applications.mapper';

/**
 * Autosave with a field-level merge: each changed answer carries the fieldVersion the
 * client last saw. Equal → applied and bumped; moved on → reported as a conflict and not
 * applied. The read-merge-write runs under a row lock, so two simultaneous saves of
 * different answers both land and two of the same answer never silently overwrite.
 */
@Injectable()
export class ApplicationAnswersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsRepository,
    private readonly gate: ApplicationGate,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async update(principal: Principal, id: string, input: TUpdateAnswersRequest): Promise<TUpdateAnswersResponse> {
    return this.prisma.$transaction(
      async (tx) => {
        const { application } = await this.gate.lockForMember(tx, principal, id);
        const now = this.clock.now();
        const form = await this.gate.formOf(application, tx);
        const questions = new Map(allQuestions(form).map((question) => [question.id, question]));
        const changed = Object.keys(input.changes);

        const unknown = changed.filter((questionId) => !questions.has(questionId));
        if (unknown.length > 0) {
          throw Problems.validation(unknown.map((path) => ({ path, code: 'unknown_question', message: 'answer.question.unknown' })));
        }
        const editable = new Set(editableQuestionIds(form, deadlineFacts(application), now));
        const frozen = changed.filter((questionId) => !editable.has(questionId));
        if (frozen.length > 0) {
          throw new ProblemException(
            PROBLEM_TYPES.invalidTransition,
            409,
            editable.size === 0 ? 'This application cannot be changed now.' : 'Only the reopened questions can be changed.',
            frozen.map((path) => ({ path, code: 'not_editable', message: 'answer.notEditable' })),
          );
        }

        const errors: TFieldError[] = [];
        for (const questionId of changed) {
          const question = questions.get(questionId)!;
          const value = answerOf(input.changes, questionId);
          const parsed = answerValueSchema(question, 'draft').nullable().safeParse(value);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) {
              errors.push({ path: [questionId, ...issue.path].join('.'), code: issue.code, message: issue.message });
            }
            continue;
          }
          if (question.type === 'file' && Array.isArray(value) && value.length > 0) {
            const ids = [...new Set(value as string[])];
            const live = await this.applications.countLiveAttachments(tx, id, questionId, ids);
            if (live !== ids.length || ids.length !== value.length) {
              errors.push({ path: questionId, code: 'unknown_attachment', message: 'answer.file.unknown' });
            }
          }
        }
        if (errors.length > 0) throw Problems.validation(errors);

        const answers = { ...((application.answers ?? {}) as TAnswersJson) };
        const fieldVersions = { ...((application.fieldVersions ?? {}) as TFieldVersions) };
        const found: TAnswerConflict[] = [];
        const before: TAnswersJson = {};
        const after: TAnswersJson = {};
        for (const questionId of changed) {
          // Own properties only: an id like `constructor` must never read Object.prototype.
          const value = answerOf(input.changes, questionId) ?? null;
          const current = answerOf(answers, questionId) ?? null;
          const currentVersion = answerOf(fieldVersions, questionId) ?? 0;
          if (isDeepStrictEqual(current, value)) continue;
          if ((answerOf(input.baseFieldVersions, questionId) ?? 0) !== currentVersion) {
            found.push({ questionId, yours: value, theirs: current, theirsFieldVersion: currentVersion });
            continue;
          }
          before[questionId] = current;
          after[questionId] = value;
          if (value === null) delete answers[questionId];
          else answers[questionId] = value;
          fieldVersions[questionId] = currentVersion + 1;
        }
        // The answers as they stand after this save (unchanged ones included): one amount for the column and the reply.
        const requestedCents = requestedCentsOf(form, answers);
        let current = application;
        if (Object.keys(after).length > 0) {
          current = await this.applications.updateOwnColumns(tx, application, {
            answers: answers as Prisma.InputJsonObject,
            fieldVersions: fieldVersions as Prisma.InputJsonObject,
            requestedCents: bigintOrNull(requestedCents),
            projectTitle: projectTitleColumn(answers),
          });
          await this.audit.record(tx, {
            actorId: principal.id,
            action: 'application.answers-updated',
            entityType: 'application',
            entityId: id,
            before,
            after,
          });
        }
        // Only what a save changes: the editor already holds the form, the call and the rest.
        return {
          id,
          version: current.version,
          answers: (current.answers ?? {}) as TAnswersJson,
          fieldVersions: (current.fieldVersions ?? {}) as TFieldVersions,
          requestedCents,
          updatedAt: current.updatedAt.toISOString(),
          conflicts: found,
        };
      },
      { timeout: 15_000 },
    );
  }
}
