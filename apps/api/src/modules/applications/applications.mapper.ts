import {
  requestedCentsOf,
  type TApplicationActor,
  type TApplicationResponse,
  type TFormDefinition,
  type TOrganisationRole,
} from '@kopa/shared';
import type { ApplicationDetail } from './applications.repository';
import { actionsFor, editableQuestionIds, type DeadlineFacts } from './application-rules';

export type TAnswersJson = Record<string, unknown>;
export type TFieldVersions = Record<string, number>;

export function deadlineFacts(application: ApplicationDetail): DeadlineFacts {
  const clarification = application.clarifications[0] ?? null;
  return {
    status: application.status,
    call: { status: application.call.status, closesAt: application.call.closesAt },
    openClarification: clarification ? { questionIds: clarification.questionIds, dueAt: clarification.dueAt } : null,
  };
}

export interface ViewerContext {
  actor: TApplicationActor;
  /** The caller's role in the organisation; null for staff. */
  role: TOrganisationRole | null;
  now: Date;
}

export function toApplicationResponse(
  application: ApplicationDetail,
  form: TFormDefinition,
  viewer: ViewerContext,
): TApplicationResponse {
  const facts = deadlineFacts(application);
  const clarification = application.clarifications[0] ?? null;
  const answers = (application.answers ?? {}) as TAnswersJson;
  return {
    id: application.id,
    referenceNumber: application.referenceNumber,
    status: application.status,
    version: application.version,
    formVersion: application.formVersion,
    form,
    answers,
    fieldVersions: (application.fieldVersions ?? {}) as TFieldVersions,
    requestedCents: requestedCentsOf(form, answers),
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
    organisation: {
      id: application.organisation.id,
      legalName: application.organisation.legalName,
      type: application.organisation.type,
      municipalityCode: application.organisation.municipalityCode,
      myRole: viewer.role,
    },
    editableQuestionIds: viewer.actor === 'member' ? editableQuestionIds(form, facts, viewer.now) : [],
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
    allowedActions: actionsFor(viewer.actor, facts, viewer.now),
    submittedAt: application.submittedAt?.toISOString() ?? null,
    withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: application.withdrawalReason,
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
