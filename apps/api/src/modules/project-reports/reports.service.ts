import { Inject, Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  allQuestions,
  answerOf,
  answerValueSchema,
  buildAnswersSchema,
  editablePartsOf,
  indicatorOf,
  mergeFieldChanges,
  missingIndicators,
  participantsTotalOf,
  PROBLEM_TYPES,
  REPORT_TRANSITIONS,
  rigaDateOf,
  visibleAnswers,
  withIndicator,
  ZFormDefinition,
  ZReportIndicators,
  ZUpdateReportRequest,
  type TFieldError,
  type TFormDefinition,
  type TIndicatorKey,
  type TReportDetail,
  type TReportTransitionRequest,
  type TUpdateReportRequest,
  type TUpdateReportResponse,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ProjectStaffNotices, type ProjectViewer } from '../projects';
import { isLiveProject, toExpenseSnapshot, toReportDetail } from './project-reports.mapper';
import { ProjectReportsRepository, type ReportRow } from './project-reports.repository';
import { ReportGate } from './report-gate';

type Json = Record<string, unknown>;

/** One report: the grantee's draft with autosave, submission, the coordinator's review. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectReportsRepository) private readonly reports: ProjectReportsRepository,
    @Inject(ReportGate) private readonly gate: ReportGate,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ProjectStaffNotices) private readonly staffNotices: ProjectStaffNotices,
  ) {}

  async get(principal: Principal, reportId: string): Promise<TReportDetail> {
    const { report, viewer } = await this.gate.load(principal, reportId);
    return this.detail(report, viewer);
  }

  /** Autosave: changed answers and indicators merged field by field (see mergeFieldChanges); frozen parts refused. */
  async update(principal: Principal, reportId: string, raw: TUpdateReportRequest): Promise<TUpdateReportResponse> {
    const input = ZUpdateReportRequest.parse(raw);
    return this.prisma.$transaction(async (tx) => {
      const { report, viewer } = await this.gate.lock(tx, principal, reportId);
      if (viewer !== 'member') throw Problems.forbidden('Only the grantee writes a report.');
      const form = await this.formOf(report, tx);
      const editable = isLiveProject(report.project.status) ? editablePartsOf(report.status, report.reopenedParts, form?.definition ?? null) : editablePartsOf('approved', [], null);
      const questions = new Map(form ? allQuestions(form.definition).map((question) => [question.id, question]) : []);
      const answerIds = Object.keys(input.answers);
      const indicatorKeys = Object.keys(input.indicators) as TIndicatorKey[];

      const unknown = answerIds.filter((id) => !questions.has(id));
      if (unknown.length > 0) throw Problems.validation(unknown.map((path) => ({ path, code: 'unknown_question', message: 'answer.question.unknown' })));
      const frozen = [...answerIds.filter((id) => !editable.questions.has(id)), ...(editable.indicators ? [] : indicatorKeys.map((key) => `indicators.${key}`))];
      if (frozen.length > 0) {
        throw new ProblemException(PROBLEM_TYPES.invalidTransition, 409, 'Only the parts open for changes can be changed.', frozen.map((path) => ({ path, code: 'not_editable', message: 'answer.notEditable' })));
      }
      const errors: TFieldError[] = [];
      for (const id of answerIds) {
        const parsed = answerValueSchema(questions.get(id)!, 'draft').nullable().safeParse(answerOf(input.answers as Json, id) ?? null);
        if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ path: [id, ...issue.path].join('.'), code: issue.code, message: issue.message });
      }
      let indicators = ZReportIndicators.catch({}).parse(report.indicators ?? {});
      const candidate = indicatorKeys.reduce((draft, key) => withIndicator(draft, key, input.indicators[key] ?? null), indicators);
      const checked = ZReportIndicators.safeParse(candidate);
      if (!checked.success) for (const issue of checked.error.issues) errors.push({ path: ['indicators', ...issue.path].join('.'), code: issue.code, message: issue.message });
      if (errors.length > 0) throw Problems.validation(errors);

      const answers = { ...((report.answers ?? {}) as Json) };
      const merge = mergeFieldChanges({
        changes: [...answerIds.map((id) => [id, answerOf(input.answers as Json, id)] as const), ...indicatorKeys.map((key) => [`indicators.${key}`, input.indicators[key]] as const)],
        current: (field) => (field.startsWith('indicators.') ? indicatorOf(indicators, field.slice('indicators.'.length) as TIndicatorKey) : answerOf(answers, field)),
        versions: (report.fieldVersions ?? {}) as Record<string, number>,
        baseVersions: input.baseFieldVersions,
        equal: isDeepStrictEqual,
      });
      if (merge.applied.length > 0) {
        for (const [field, value] of merge.applied) {
          if (field.startsWith('indicators.')) indicators = withIndicator(indicators, field.slice('indicators.'.length) as TIndicatorKey, value as number | string | null);
          else if (value === null) delete answers[field];
          else answers[field] = value;
        }
        await tx.projectReport.update({
          where: { id: reportId },
          data: {
            answers: answers as Prisma.InputJsonObject,
            indicators: indicators as Prisma.InputJsonObject,
            fieldVersions: merge.versions,
            formVersion: form?.version ?? null,
            participantsTotal: participantsTotalOf(indicators),
            version: { increment: 1 },
          },
        });
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'report.answers-updated',
          entityType: 'project',
          entityId: report.projectId,
          after: { reportId, fields: merge.applied.map(([field]) => field) },
        });
      }
      return { report: await this.detail((await this.reports.find(reportId, tx))!, viewer, tx), conflicts: merge.conflicts };
    });
  }

  async transition(principal: Principal, reportId: string, input: TReportTransitionRequest): Promise<TReportDetail> {
    return this.prisma.$transaction(async (tx) => {
      const { report, viewer } = await this.gate.lock(tx, principal, reportId);
      const transition = REPORT_TRANSITIONS[input.action];
      if ((transition.by === 'staff') !== (viewer === 'staff')) {
        throw Problems.forbidden(transition.by === 'staff' ? 'A coordinator reviews the report.' : 'The grantee submits the report.');
      }
      if (report.version !== input.version) throw Problems.staleVersion(report.version);
      if (!isLiveProject(report.project.status)) throw Problems.invalidTransition(`The project is ${report.project.status.replace(/_/g, ' ')}: its reports take no more steps.`);
      if (!transition.from.includes(report.status)) {
        throw Problems.invalidTransition(`A report that is ${report.status.replace(/_/g, ' ')} cannot be moved by "${input.action}".`);
      }
      const now = this.clock.now();
      const form = await this.formOf(report, tx);
      const data: Prisma.ProjectReportUpdateInput = { status: transition.to, version: { increment: 1 } };
      if (input.action === 'submit') {
        this.assertComplete(report, form?.definition ?? null);
        const number = report.versions.length + 1;
        const expenses = (await this.reports.findExpenses(reportId, tx)).map(toExpenseSnapshot);
        await tx.projectReportVersion.create({
          data: {
            reportId,
            number,
            formVersion: form?.version ?? null,
            answers: report.answers as Prisma.InputJsonValue,
            indicators: report.indicators as Prisma.InputJsonValue,
            expenses,
            submittedById: principal.id,
            submittedAt: now,
          },
        });
        Object.assign(data, { submittedAt: now, formVersion: form?.version ?? null, reopenedParts: [] });
        const siblings = (await this.reports.listForProject(report.projectId, tx)).filter((sibling) => sibling.kind === report.kind);
        await this.staffNotices.granteeFiled(
          tx,
          report.projectId,
          { kind: 'report', reportId, reportKind: report.kind, number: siblings.findIndex((sibling) => sibling.id === reportId) + 1, resubmitted: number > 1 },
          now,
        );
      } else if (input.action === 'requestChanges') {
        this.assertKnownParts(input.parts!, form?.definition ?? null);
        Object.assign(data, { reopenedParts: [...new Set(input.parts)], reviewComment: input.comment });
      } else {
        Object.assign(data, { approvedAt: now, reviewComment: input.comment ?? null, reopenedParts: [] });
        await this.onApproved(tx, report, now);
      }
      await tx.projectReport.update({ where: { id: reportId }, data });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: `report.${input.action}`,
        entityType: 'project',
        entityId: report.projectId,
        before: { reportId, kind: report.kind, status: report.status },
        after: { reportId, kind: report.kind, status: transition.to, ...(input.parts ? { parts: input.parts } : {}), ...(input.comment ? { comment: input.comment } : {}) },
      });
      return this.detail((await this.reports.find(reportId, tx))!, viewer, tx);
    });
  }

  /** Approving the final report unlocks closing the project; any approval may unlock a tranche waiting for it. */
  private async onApproved(tx: Tx, report: ReportRow, now: Date): Promise<void> {
    await tx.project.update({
      where: { id: report.projectId },
      data: { ...(report.kind === 'final' ? { finalReportApprovedAt: now } : {}), version: { increment: 1 } },
    });
  }

  private assertComplete(report: ReportRow, form: TFormDefinition | null): void {
    const errors: TFieldError[] = [];
    if (form) {
      const answers = visibleAnswers(form, (report.answers ?? {}) as Json as never);
      const parsed = buildAnswersSchema(form, 'submit').safeParse(answers);
      if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ path: issue.path.join('.'), code: issue.code, message: issue.message });
    }
    const indicators = ZReportIndicators.catch({}).parse(report.indicators ?? {});
    for (const key of missingIndicators(indicators)) errors.push({ path: `indicators.${key}`, code: 'required', message: 'answer.required' });
    if (errors.length > 0) throw Problems.validation(errors, 'The report is not complete yet.');
  }

  private assertKnownParts(parts: string[], form: TFormDefinition | null): void {
    const known = new Set(['indicators', 'expenses', ...(form?.sections ?? []).flatMap((section) => [`section:${section.id}`, ...section.questions.map((question) => `question:${question.id}`)])]);
    const strange = parts.filter((part) => !known.has(part));
    if (strange.length > 0) throw Problems.validation(strange.map(() => ({ path: 'parts', code: 'unknown_part', message: 'reports.unknownPart' })), `No such part of the report: ${strange.join(', ')}.`);
  }

  async formOf(report: { formVersion: number | null; project: { callId: string } }, tx?: Tx): Promise<{ version: number; definition: TFormDefinition } | null> {
    const row = await this.reports.findForm(report.project.callId, report.formVersion, tx);
    return row ? { version: row.version, definition: ZFormDefinition.parse(row.definition) } : null;
  }

  private async detail(report: ReportRow, viewer: ProjectViewer, tx?: Tx): Promise<TReportDetail> {
    const today = rigaDateOf(this.clock.now());
    const siblings = await this.reports.listForProject(report.projectId, tx);
    const number = siblings.filter((sibling) => sibling.kind === report.kind).findIndex((sibling) => sibling.id === report.id) + 1;
    const ids = report.versions.map((version) => version.submittedById).filter((id): id is string => id !== null);
    const names = new Map((await this.reports.findUsers([...new Set(ids)])).map((user) => [user.id, user.displayName]));
    return toReportDetail(report, { viewer, number, today, form: await this.formOf(report, tx), names });
  }
}
