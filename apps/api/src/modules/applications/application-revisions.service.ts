import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  allQuestions,
  type TApplicationHistoryQuery,
  type TApplicationHistoryResponse,
  type TApplicationRevisionListResponse,
  type TRevisionCompareResponse,
} from '@kopa/shared';
import type { TLocale } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import type { EmailAttachmentFile } from '../../jobs/email-attachments';
import { ApplicationPdfService } from './receipt/application-pdf.service';
import { Problems } from '../../common/problem/problem.exception';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationGate } from '../application-access';
import type { TAnswersJson } from './applications.mapper';

/** Reviewers never get revisions or history: they name people and earlier answers. */
const MEMBERS_AND_STAFF = ['member', 'staff'] as const;

/** Frozen submissions, their comparison, and the audit history of an application. */
@Injectable()
export class ApplicationRevisionsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly gate: ApplicationGate,
    private readonly pdfs: ApplicationPdfService,
  ) {}

  /** The PDF copy of one submitted revision, in the given language (the same copy the receipt e-mail carries). */
  async pdf(principal: Principal, id: string, number: number, locale: TLocale): Promise<EmailAttachmentFile> {
    await this.gate.load(principal, id, MEMBERS_AND_STAFF);
    const [revision] = await this.applications.findRevisions(id, [number]);
    if (!revision) throw Problems.notFound('Revision not found.');
    return this.pdfs.renderRevision(id, number, locale);
  }

  async list(principal: Principal, id: string): Promise<TApplicationRevisionListResponse> {
    await this.gate.load(principal, id, MEMBERS_AND_STAFF);
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
    const { application } = await this.gate.load(principal, id, MEMBERS_AND_STAFF);
    const revisions = await this.applications.findRevisions(id, [from, to]);
    const before = revisions.find((revision) => revision.number === from);
    const after = revisions.find((revision) => revision.number === to);
    if (!before || !after) throw Problems.notFound('Revision not found.');
    // Labels and order from the later revision's form version.
    const form = await this.gate.formOf({ callId: application.callId, formVersion: after.formVersion });
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

  async history(principal: Principal, id: string, query: TApplicationHistoryQuery): Promise<TApplicationHistoryResponse> {
    await this.gate.load(principal, id, ['staff']);
    const { rows, total } = await this.applications.listHistory(id, query);
    return {
      items: rows.map((row) => ({
        id: row.id,
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        before: row.before,
        after: row.after,
        createdAt: row.createdAt.toISOString(),
        lastAt: row.lastAt.toISOString(),
        count: Number(row.count),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
