import { Injectable } from '@nestjs/common';
import {
  allQuestions,
  ZFormDefinition,
  type TFieldError,
  type TReviewSettingsResponse,
  type TUpdateReviewSettingsRequest,
  type TUpdateRubricRequest,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import type { Call } from '../../generated/prisma/client';
import { ReviewSettingsRepository } from './review-settings.repository';
import { ApplicationGate } from '../application-access';
import { toCriterion } from './reviews.mapper';

/** A call's review settings and scoring rubric, edited by the coordinators of its programme. */
@Injectable()
export class ReviewSettingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly settings: ReviewSettingsRepository,
    private readonly gate: ApplicationGate,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, callId: string): Promise<TReviewSettingsResponse> {
    return this.respond(await this.gate.callForStaff(principal, callId));
  }

  async updateSettings(principal: Principal, callId: string, input: TUpdateReviewSettingsRequest): Promise<TReviewSettingsResponse> {
    await this.gate.callForStaff(principal, callId);
    await this.assertQuestions(callId, input);
    const after = await this.prisma.$transaction(async (tx) => {
      const before = await this.gate.lockCallForStaff(tx, principal, callId);
      const changes = {
        reviewersPerApplication: input.reviewersPerApplication,
        reviewDueAt: input.reviewDueAt ? new Date(input.reviewDueAt) : null,
        disagreementGap: input.disagreementGap,
        blindReview: input.blindReview,
        identifyingQuestionIds: [...new Set(input.identifyingQuestionIds)],
        reviewerHiddenQuestionIds: [...new Set(input.reviewerHiddenQuestionIds)],
      };
      const updated = await this.settings.updateCallIfVersion(tx, callId, input.version, changes);
      if (!updated) throw Problems.staleVersion(await this.settings.currentVersion(tx, callId));
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'call.review_settings_updated',
        entityType: 'call',
        entityId: callId,
        before: reviewSettingsOf(before),
        after: reviewSettingsOf(updated),
      });
      return updated;
    });
    return this.respond(after);
  }

  async updateRubric(principal: Principal, callId: string, input: TUpdateRubricRequest): Promise<TReviewSettingsResponse> {
    const after = await this.prisma.$transaction(async (tx) => {
      await this.gate.lockCallForStaff(tx, principal, callId);
      if (await this.settings.isRubricLocked(callId, tx)) {
        throw Problems.conflict('The rubric is locked: a review of this call has already been submitted.', [
          { path: 'criteria', code: 'rubric_locked', message: 'review.rubric.locked' },
        ]);
      }
      const before = await this.settings.criteria(callId, tx);
      const known = new Set(before.map((criterion) => criterion.id));
      const unknown = input.criteria.flatMap((criterion, index): TFieldError[] =>
        criterion.id && !known.has(criterion.id) ? [{ path: `criteria.${index}.id`, code: 'unknown', message: 'review.rubric.unknownCriterion' }] : [],
      );
      if (unknown.length > 0) throw Problems.validation(unknown);
      const updated = await this.settings.updateCallIfVersion(tx, callId, input.version, {});
      if (!updated) throw Problems.staleVersion(await this.settings.currentVersion(tx, callId));

      const keep = input.criteria.flatMap((criterion) => (criterion.id ? [criterion.id] : []));
      await this.settings.deleteCriteriaExcept(tx, callId, keep);
      for (const [position, criterion] of input.criteria.entries()) {
        const columns = {
          position,
          nameLv: criterion.name.lv,
          nameEn: criterion.name.en,
          guidanceLv: criterion.guidance.lv,
          guidanceEn: criterion.guidance.en,
          maxScore: criterion.maxScore,
          weight: criterion.weight,
          minScore: criterion.minScore,
        };
        if (criterion.id) await this.settings.updateCriterion(tx, criterion.id, columns);
        else await this.settings.createCriterion(tx, { ...columns, callId });
      }
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'call.rubric_updated',
        entityType: 'call',
        entityId: callId,
        before: before.map(toCriterion),
        after: (await this.settings.criteria(callId, tx)).map(toCriterion),
      });
      return updated;
    });
    return this.respond(after);
  }

  /** Identifying questions may be any question of the form; hidden ones must be file questions. */
  private async assertQuestions(callId: string, input: TUpdateReviewSettingsRequest): Promise<void> {
    const form = await this.settings.latestForm(callId);
    const questions = form ? allQuestions(ZFormDefinition.parse(form.definition)) : [];
    const types = new Map(questions.map((question) => [question.id, question.type]));
    const errors: TFieldError[] = [
      ...input.identifyingQuestionIds.flatMap((id, index) =>
        types.has(id) ? [] : [{ path: `identifyingQuestionIds.${index}`, code: 'unknown', message: 'review.settings.unknownQuestion' }],
      ),
      ...input.reviewerHiddenQuestionIds.flatMap((id, index) =>
        types.get(id) === 'file' ? [] : [{ path: `reviewerHiddenQuestionIds.${index}`, code: 'not_file', message: 'review.settings.notFileQuestion' }],
      ),
    ];
    if (errors.length > 0) throw Problems.validation(errors);
  }

  private async respond(call: Call): Promise<TReviewSettingsResponse> {
    const [criteria, rubricLocked, form] = await Promise.all([
      this.settings.criteria(call.id),
      this.settings.isRubricLocked(call.id),
      this.settings.latestForm(call.id),
    ]);
    const questions = form ? allQuestions(ZFormDefinition.parse(form.definition)) : [];
    return {
      callId: call.id,
      callCode: call.code,
      callTitle: { lv: call.titleLv, en: call.titleEn },
      version: call.version,
      ...reviewSettingsOf(call),
      reviewDueAt: call.reviewDueAt?.toISOString() ?? null,
      criteria: criteria.map(toCriterion),
      rubricLocked,
      questions: questions.map((question) => ({ id: question.id, type: question.type, label: question.label })),
    };
  }
}

function reviewSettingsOf(call: Call) {
  return {
    reviewersPerApplication: call.reviewersPerApplication,
    reviewDueAt: call.reviewDueAt,
    disagreementGap: call.disagreementGap,
    blindReview: call.blindReview,
    identifyingQuestionIds: call.identifyingQuestionIds,
    reviewerHiddenQuestionIds: call.reviewerHiddenQuestionIds,
  };
}
