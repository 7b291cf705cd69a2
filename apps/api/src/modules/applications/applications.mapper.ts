import { projectTitleOf, requestedCentsOf, type TApplicationAction, type TApplicationResponse, type TFormDefinition } from '@kopa/shared';
import { deadlineFacts, editableQuestionIds, type ApplicationDetail, type ApplicationViewer, type DeadlineFacts } from '../application-access';
import { actionsFor } from './application-rules';

export type TAnswersJson = Record<string, unknown>;
export type TFieldVersions = Record<string, number>;

/** What the table lets this viewer do now: reviewers and read-only admins act elsewhere or not at all. */
function allowedActionsOf(viewer: ApplicationViewer, facts: DeadlineFacts, now: Date): TApplicationAction[] {
  if (viewer.actor === 'reviewer') return [];
  if (viewer.actor === 'staff' && !viewer.manages) return [];
  return actionsFor({ actor: viewer.actor, orgRole: viewer.role }, facts, now);
}

function withoutKeys<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  if (keys.length === 0) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/**
 * The application as this viewer may see it. A reviewer's view is read-only and redacted:
 * no clarification or withdrawal texts, withheld answers removed, and under blind review
 * no organisation (`organisation: null`).
 */
export function toApplicationResponse(
  application: ApplicationDetail,
  form: TFormDefinition,
  viewer: ApplicationViewer,
  now: Date,
): TApplicationResponse {
  const facts = deadlineFacts(application);
  const reviewer = viewer.actor === 'reviewer' ? viewer.redaction : null;
  const withheld = reviewer?.withheldQuestionIds ?? [];
  const clarification = reviewer ? null : (application.clarifications[0] ?? null);
  const allAnswers = (application.answers ?? {}) as TAnswersJson;
  const answers = withoutKeys(allAnswers, withheld);
  const organisation = {
    id: application.organisation.id,
    legalName: application.organisation.legalName,
    type: application.organisation.type,
    municipalityCode: application.organisation.municipalityCode,
    myRole: viewer.actor === 'member' ? viewer.role : null,
  };
  return {
    id: application.id,
    referenceNumber: application.referenceNumber,
    status: application.status,
    version: application.version,
    formVersion: application.formVersion,
    form,
    answers,
    fieldVersions: withoutKeys((application.fieldVersions ?? {}) as TFieldVersions, withheld),
    requestedCents: requestedCentsOf(form, allAnswers),
    call: {
      id: application.call.id,
      code: application.call.code,
      title: { lv: application.call.titleLv, en: application.call.titleEn },
      opensAt: application.call.opensAt.toISOString(),
      closesAt: application.call.closesAt.toISOString(),
      minAwardCents: Number(application.call.minAwardCents),
      maxAwardCents: Number(application.call.maxAwardCents),
      ownContributionPercent: application.call.ownContributionPercent,
    },
    organisation: reviewer?.blind ? null : organisation,
    redacted: reviewer !== null,
    withheldQuestionIds: withheld,
    editableQuestionIds: viewer.actor === 'member' ? editableQuestionIds(form, facts, now) : [],
    openClarification: clarification
      ? {
          id: clarification.id,
          questionIds: clarification.questionIds,
          message: clarification.message,
          dueAt: clarification.dueAt.toISOString(),
          createdAt: clarification.createdAt.toISOString(),
          resolvedAt: null,
        }
      : null,
    revisionCount: application._count.revisions,
    allowedActions: allowedActionsOf(viewer, facts, now),
    submittedAt: application.submittedAt?.toISOString() ?? null,
    withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: reviewer ? null : application.withdrawalReason,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

/** Audit snapshots: the workflow fields, not the whole answers blob. */
export function auditSnapshot(application: {
  status: string;
  version: number;
  referenceNumber: string | null;
  formVersion: number;
}) {
  return {
    status: application.status,
    version: application.version,
    referenceNumber: application.referenceNumber,
    formVersion: application.formVersion,
  };
}

/** The projectTitle column (searched with pg_trgm) from the answers; bounded like any stored text. */
export function projectTitleColumn(answers: unknown): string | null {
  return projectTitleOf(answers)?.trim().slice(0, 500) ?? null;
}

/** The requestedCents column from a computed amount. */
export function bigintOrNull(cents: number | null): bigint | null {
  return cents === null ? null : BigInt(cents);
}
