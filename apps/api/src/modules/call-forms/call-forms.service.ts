import { Inject, Injectable } from '@nestjs/common';
import {
  hasPermission,
  isCallEditable,
  reconcileDraftAnswers,
  ZFormDefinition,
  ZPublicCallFormResponse,
  type TFormDefinition,
  type TPublicCallFormResponse,
  type TSaveCallFormRequest,
  type TAuditAction,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma, type CallForm } from '../../generated/prisma/client';
import { CallFormsRepository } from './call-forms.repository';
import { toPublicCallFormResponse } from './call-forms.mapper';
import { CallFormScopeRepository, type CallFormScope } from './call-form-scope.repository';
import { PublicReadCache } from '../../common/cache/public-read-cache';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

export interface CallFormView {
  form: CallForm;
  locked: boolean;
  versions: number[];
}

const FORM_NOT_DEFINED = 'form not defined: this call has no application form yet.';

@Injectable()
export class CallFormsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly forms: CallFormsRepository,
    private readonly scope: CallFormScopeRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicForms = new PublicReadCache<TPublicCallFormResponse>(config.PUBLIC_CALLS_CACHE_MS);
  }

  /** The published calls' forms anonymous visitors read, kept briefly (PublicReadCache); dropped by every save here. */
  private readonly publicForms: PublicReadCache<TPublicCallFormResponse>;

  async latest(principal: Principal, callId: string): Promise<CallFormView> {
    await this.loadCall(callId, this.readScope(principal));
    const form = await this.forms.latest(callId);
    if (!form) throw Problems.notFound(FORM_NOT_DEFINED);
    return this.view(form);
  }

  async version(principal: Principal, callId: string, version: number): Promise<CallFormView> {
    await this.loadCall(callId, this.readScope(principal));
    const form = await this.forms.byVersion(callId, version);
    if (!form) throw Problems.notFound(`The form has no version ${version}.`);
    return this.view(form);
  }

  /** The latest form of a published call, checked against ZPublicCallFormResponse once per read (served with @CheckedResponse). */
  async latestPublic(callId: string): Promise<TPublicCallFormResponse> {
    const form = await this.publicForms.read(callId, async () => {
      const latest = await this.forms.latestOfPublishedCall(callId);
      return latest && ZPublicCallFormResponse.parse(toPublicCallFormResponse(latest));
    });
    if (form) return form;
    // Only a miss asks why: the call is not public, or it has no form yet.
    throw (await this.scope.isPublished(callId)) ? Problems.notFound(FORM_NOT_DEFINED) : Problems.notFound();
  }

  /**
   * Saves the form. The first save creates version 1. Later saves edit the latest version
   * in place while no application answering it has been submitted (drafts keep answering
   * it, with answers that no longer fit dropped); once one has, they create version + 1.
   */
  async save(principal: Principal, callId: string, input: TSaveCallFormRequest): Promise<CallFormView> {
    const call = await this.loadCall(callId, { kind: 'staff', userId: principal.id });
    if (!isCallEditable(call.status)) {
      throw Problems.invalidTransition(`The form of a ${call.status} call can no longer be changed.`);
    }
    try {
      const form = await this.prisma.$transaction((tx) => this.saveIn(tx, principal, callId, input));
      // After the commit: a read made while the save was being written holds the old form.
      this.publicForms.clear();
      return this.view(form);
    } catch (error) {
      // Two first saves (or two new versions) at once: the unique (callId, version) decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const latest = await this.forms.latest(callId);
        throw Problems.staleVersion(latest?.version ?? 0);
      }
      throw error;
    }
  }

  private async saveIn(tx: Tx, principal: Principal, callId: string, input: TSaveCallFormRequest): Promise<CallForm> {
    const definition = input.definition as unknown as Prisma.InputJsonValue;
    const latest = await this.forms.latest(callId, tx);
    if (!latest) {
      if (input.baseVersion !== null) throw Problems.staleVersion(0);
      const created = await this.forms.create(tx, { callId, version: 1, definition, createdById: principal.id });
      await this.record(tx, principal, 'call-form.created', created, null);
      return created;
    }
    if (input.baseVersion !== latest.version || input.baseUpdatedAt === undefined || new Date(input.baseUpdatedAt).getTime() !== latest.updatedAt.getTime()) {
      throw Problems.staleVersion(latest.version);
    }
    await this.forms.lockVersion(tx, callId, latest.version);
    if (await this.forms.isLocked(callId, latest.version, tx)) {
      const created = await this.forms.create(tx, { callId, version: latest.version + 1, definition, createdById: principal.id });
      await this.record(tx, principal, 'call-form.version-created', created, latest);
      return created;
    }
    const updated = await this.forms.updateIfUnchanged(tx, latest.id, latest.updatedAt, definition);
    if (!updated) throw Problems.staleVersion(latest.version);
    const affectedDrafts = await this.reconcileDrafts(tx, latest, input.definition);
    await this.record(tx, principal, 'call-form.updated', updated, latest, { affectedDrafts });
    return updated;
  }

  /** Drafts answering an edited version lose only answers the new definition cannot hold. */
  private async reconcileDrafts(tx: Tx, before: CallForm, after: TFormDefinition) {
    const previous = ZFormDefinition.parse(before.definition);
    const affected: { applicationId: string; droppedQuestionIds: string[] }[] = [];
    for (const draft of await this.forms.draftsAnswering(tx, before.callId, before.version)) {
      const { answers, changed } = reconcileDraftAnswers(previous, after, (draft.answers ?? {}) as Record<string, unknown>);
      if (changed.length === 0) continue;
      // Bumping the field versions makes an editor that still shows the old answer see a conflict.
      const fieldVersions = { ...((draft.fieldVersions ?? {}) as Record<string, number>) };
      for (const id of changed) fieldVersions[id] = (fieldVersions[id] ?? 0) + 1;
      await this.forms.updateDraftAnswers(tx, draft.id, answers as Prisma.InputJsonValue, fieldVersions);
      affected.push({ applicationId: draft.id, droppedQuestionIds: changed });
    }
    return affected;
  }

  private async record(tx: Tx, principal: Principal, action: TAuditAction, after: CallForm, before: CallForm | null, extra: object = {}) {
    await this.audit.record(tx, {
      actorId: principal.id,
      action,
      entityType: 'call',
      entityId: after.callId,
      before: before ? { version: before.version, definition: before.definition } : undefined,
      after: { version: after.version, definition: after.definition, ...extra },
    });
  }

  private async view(form: CallForm): Promise<CallFormView> {
    const [locked, versions] = await Promise.all([
      this.forms.isLocked(form.callId, form.version),
      this.forms.versions(form.callId),
    ]);
    return { form, locked, versions };
  }

  private async loadCall(id: string, scope: CallFormScope) {
    const call = await this.scope.findCall(id, scope);
    if (!call) throw Problems.notFound();
    return call;
  }

  private readScope(principal: Principal): CallFormScope {
    // As for calls: admins oversee every programme, coordinators only those they staff.
    return principal.roles.includes('admin') && hasPermission(principal.roles, 'calls:read-all')
      ? { kind: 'all' }
      : { kind: 'staff', userId: principal.id };
  }
}
