import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  allQuestions,
  type TApplicationHistoryResponse,
  type TApplicationRevisionListResponse,
  type TRevisionCompareResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationAccess } from './application-access.service';
import type { TAnswersJson } from './applications.mapper';

/** Frozen submissions, their comparison, and the audit history of an application. */
@Injectable()
export class ApplicationRevisionsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
  ) {}

  async list(principal: Principal, id: string): Promise<TApplicationRevisionListResponse> {
    await this.access.loadForRead(principal, id);
    const revisions = await this.applications.listRevisions(id);
    const submitterIds = revisions.map((revision) => revision.submittedById).filter((userId): userId is string => !!userId);
    const names = new Map((await this.applications.findUsers([...new Set(submitterIds)])).map((user) => [user.id, user.displayName]));
    return {
      items: revisions.map((revision) => ({
        number: revision.number,
        formVersion: revision.formVersion,
        submittedAt: revision.submittedAt.toISOString(),
        submittedById: revision.submittedById,
        submittedByName: revision.submittedById ? (names.get(revision.submittedById) ?? null) : null,
      })),
    };
  }

  async compare(principal: Principal, id: string, from: number, to: number): Promise<TRevisionCompareResponse> {
    const { application } = await this.access.loadForRead(principal, id);
    const revisions = await this.applications.findRevisions(id, [from, to]);
    const before = revisions.find((revision) => revision.number === from);
    const after = revisions.find((revision) => revision.number === to);
    if (!before || !after) throw Problems.notFound('Revision not found.');
    // Labels and order from the later revision's form version.
    const form = await this.access.formOf({ callId: application.callId, formVersion: after.formVersion });
    const beforeAnswers = before.answers as TAnswersJson;
    const afterAnswers = after.answers as TAnswersJson;
    return {
      from,
      to,
      items: allQuestions(form).map((question) => {
        const was = beforeAnswers[question.id] ?? null;
        const is = afterAnswers[question.id] ?? null;
        return { questionId: question.id, label: question.label, before: was, after: is, changed: !isDeepStrictEqual(was, is) };
      }),
    };
  }

  async history(principal: Principal, id: string): Promise<TApplicationHistoryResponse> {
    await this.access.loadForStaff(principal, id);
    const entries = await this.applications.listAudit(id);
    return {
      items: entries.map((entry) => ({
        id: entry.id,
        actorId: entry.actorId,
        actorName: entry.actor?.displayName ?? null,
        action: entry.action,
        before: entry.before,
        after: entry.after,
        createdAt: entry.createdAt.toISOString(),
      })),
    };
  }
}
