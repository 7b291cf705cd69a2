import { Inject, Injectable } from '@nestjs/common';
import {
  allQuestions,
  reconcileDraftAnswers,
  REPORT_QUESTION_TYPES,
  ZFormDefinition,
  type TCallFormResponse,
  type TFormDefinition,
  type TReportScheduleSettings,
  type TSaveCallFormRequest,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { Prisma, type CallReportForm } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';

/**
 * The call's report form, built with the same builder and definition as the application form
 * and versioned the same way: a version is edited in place until a report answering it has
 * been submitted, then a save creates version + 1. Also the call's report schedule defaults.
 */
@Injectable()
export class ReportFormsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async latest(principal: Principal, callId: string): Promise<TCallFormResponse> {
    await this.gate.callForStaff(principal, callId);
    const form = await this.prisma.callReportForm.findFirst({ where: { callId }, orderBy: { version: 'desc' } });
    if (!form) throw Problems.notFound('form not defined: this call has no report form yet.');
    return this.response(form);
  }

  async save(principal: Principal, callId: string, input: TSaveCallFormRequest): Promise<TCallFormResponse> {
    const refused = allQuestions(input.definition).filter((question) => !REPORT_QUESTION_TYPES.includes(question.type));
    if (refused.length > 0) {
      throw Problems.validation(
        refused.map((question) => ({ path: `definition.${question.id}.type`, code: 'unsupported_type', message: 'reports.form.unsupportedType' })),
        'A report form asks narrative questions: expenses and receipts are a part of every report.',
      );
    }
    try {
      const form = await this.prisma.$transaction(async (tx) => {
        await this.gate.lockCallForStaff(tx, principal, callId);
        return this.saveIn(tx, principal, callId, input);
      });
      return this.response(form);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const latest = await this.prisma.callReportForm.findFirst({ where: { callId }, orderBy: { version: 'desc' } });
        throw Problems.staleVersion(latest?.version ?? 0);
      }
      throw error;
    }
  }

  async scheduleDefaults(principal: Principal, callId: string): Promise<TReportScheduleSettings> {
    const call = await this.gate.callForStaff(principal, callId);
    return { version: call.version, interimOffsetsDays: call.reportInterimOffsetsDays, finalOffsetDays: call.reportFinalOffsetDays };
  }

  /** New defaults apply to projects created from now on; existing schedules are edited per project. */
  async saveScheduleDefaults(principal: Principal, callId: string, input: TReportScheduleSettings): Promise<TReportScheduleSettings> {
    return this.prisma.$transaction(async (tx) => {
      const call = await this.gate.lockCallForStaff(tx, principal, callId);
      if (call.version !== input.version) throw Problems.staleVersion(call.version);
      const interimOffsetsDays = [...input.interimOffsetsDays].sort((a, b) => a - b);
      const updated = await tx.call.update({
        where: { id: callId },
        data: { reportInterimOffsetsDays: interimOffsetsDays, reportFinalOffsetDays: input.finalOffsetDays, version: { increment: 1 } },
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'call.report-schedule.updated',
        entityType: 'call',
        entityId: callId,
        before: { interimOffsetsDays: call.reportInterimOffsetsDays, finalOffsetDays: call.reportFinalOffsetDays },
        after: { interimOffsetsDays, finalOffsetDays: input.finalOffsetDays },
      });
      return { version: updated.version, interimOffsetsDays: updated.reportInterimOffsetsDays, finalOffsetDays: updated.reportFinalOffsetDays };
    });
  }

  private async saveIn(tx: Tx, principal: Principal, callId: string, input: TSaveCallFormRequest): Promise<CallReportForm> {
    const definition = input.definition as unknown as Prisma.InputJsonValue;
    const latest = await tx.callReportForm.findFirst({ where: { callId }, orderBy: { version: 'desc' } });
    if (!latest) {
      if (input.baseVersion !== null) throw Problems.staleVersion(0);
      const created = await tx.callReportForm.create({ data: { callId, version: 1, definition, createdById: principal.id } });
      await this.record(tx, principal, 'call.report-form.created', created, null);
      return created;
    }
    if (input.baseVersion !== latest.version || input.baseUpdatedAt === undefined || new Date(input.baseUpdatedAt).getTime() !== latest.updatedAt.getTime()) {
      throw Problems.staleVersion(latest.version);
    }
    const answered = await tx.projectReportVersion.findFirst({ where: { formVersion: latest.version, report: { project: { callId } } }, select: { id: true } });
    if (answered) {
      const created = await tx.callReportForm.create({ data: { callId, version: latest.version + 1, definition, createdById: principal.id } });
      await this.record(tx, principal, 'call.report-form.version-created', created, latest);
      return created;
    }
    const updated = await tx.callReportForm.update({ where: { id: latest.id }, data: { definition } });
    await this.reconcileDrafts(tx, callId, latest, ZFormDefinition.parse(latest.definition), input.definition);
    await this.record(tx, principal, 'call.report-form.updated', updated, latest);
    return updated;
  }

  /** Drafts answering the edited version lose only answers the new definition cannot hold (as application drafts do). */
  private async reconcileDrafts(tx: Tx, callId: string, form: { version: number }, before: TFormDefinition, after: TFormDefinition): Promise<void> {
    const drafts = await tx.projectReport.findMany({ where: { project: { callId }, submittedAt: null, OR: [{ formVersion: null }, { formVersion: form.version }] }, select: { id: true, answers: true, fieldVersions: true } });
    for (const draft of drafts) {
      const { answers, changed } = reconcileDraftAnswers(before, after, (draft.answers ?? {}) as Record<string, unknown>);
      if (changed.length === 0) continue;
      const fieldVersions = { ...((draft.fieldVersions ?? {}) as Record<string, number>) };
      for (const id of changed) fieldVersions[id] = (fieldVersions[id] ?? 0) + 1;
      await tx.projectReport.update({ where: { id: draft.id }, data: { answers: answers as Prisma.InputJsonValue, fieldVersions, version: { increment: 1 } } });
    }
  }

  private async record(tx: Tx, principal: Principal, action: 'call.report-form.created' | 'call.report-form.updated' | 'call.report-form.version-created', after: CallReportForm, before: CallReportForm | null) {
    await this.audit.record(tx, {
      actorId: principal.id,
      action,
      entityType: 'call',
      entityId: after.callId,
      before: before ? { version: before.version, definition: before.definition } : undefined,
      after: { version: after.version, definition: after.definition },
    });
  }

  private async response(form: CallReportForm): Promise<TCallFormResponse> {
    const versions = await this.prisma.callReportForm.findMany({ where: { callId: form.callId }, select: { version: true }, orderBy: { version: 'asc' } });
    const answered = await this.prisma.projectReportVersion.findFirst({ where: { formVersion: form.version, report: { project: { callId: form.callId } } }, select: { id: true } });
    return {
      callId: form.callId,
      version: form.version,
      definition: ZFormDefinition.parse(form.definition),
      locked: answered !== null,
      versions: versions.map((row) => row.version),
      updatedAt: form.updatedAt.toISOString(),
    };
  }
}
