import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  PROBLEM_TYPES,
  ZFormDefinition,
  type TApplicationResponse,
  type TFormDefinition,
  type TCallApplicationListQuery,
  type TCallApplicationListResponse,
  type TCreateApplicationRequest,
  type TMyApplicationListResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationGate, deadlineFacts, isBeforeDeadline, type ApplicationDetail, type ApplicationViewer } from '../application-access';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { ApplicationsRepository } from './applications.repository';
import { auditSnapshot, toApplicationResponse } from './applications.mapper';
import { actionsFor, assertTransition, ineligibilityReasons } from './application-rules';

@Injectable()
export class ApplicationsService {
  private readonly logger = new Logger(ApplicationsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsRepository,
    private readonly gate: ApplicationGate,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  async start(principal: Principal, input: TCreateApplicationRequest): Promise<TApplicationResponse> {
    const role = await this.gate.memberRole(principal, input.organisationId);
    const organisation = role && (await this.applications.findOrganisation(input.organisationId));
    if (!organisation) throw Problems.notFound('Organisation not found.');
    const call = await this.applications.findCallWithLatestForm(input.callId);
    if (!call || call.status === 'draft') throw Problems.notFound('Call not found.');
    const now = this.clock.now();
    if (call.status !== 'published' || now < call.opensAt || now >= call.closesAt) {
      throw Problems.invalidTransition('The call is not open for applications.');
    }
    const reasons = ineligibilityReasons(call, organisation);
    if (reasons.length > 0) throw Problems.validation(reasons, 'The organisation is not eligible for this call.');
    const form = call.forms[0];
    if (!form) throw Problems.invalidTransition('The call has no application form yet.');

    return this.prisma.$transaction(async (tx) => {
      const holding = await this.applications.countHoldingPlaceLocked(tx, call.id, organisation.id);
      if (holding >= call.maxApplicationsPerOrganisation) {
        throw new ProblemException(
          PROBLEM_TYPES.applicationLimitReached,
          409,
          `An organisation may have at most ${call.maxApplicationsPerOrganisation} application(s) in this call; withdraw one to start another.`,
          [{ path: 'callId', code: 'application_limit', message: String(call.maxApplicationsPerOrganisation) }],
        );
      }
      const created = await this.applications.create(tx, {
        callId: call.id,
        organisationId: organisation.id,
        formVersion: form.version,
        createdById: principal.id,
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'application.created',
        entityType: 'application',
        entityId: created.id,
        after: auditSnapshot(created),
      });
      const detail = await this.applications.reload(tx, created.id);
      return toApplicationResponse(detail, ZFormDefinition.parse(form.definition), { actor: 'member', role }, now);
    });
  }

  async get(principal: Principal, id: string): Promise<TApplicationResponse> {
    const { application, viewer } = await this.gate.load(principal, id);
    const form = await this.gate.formOf(application);
    return toApplicationResponse(application, form, viewer, this.clock.now());
  }

  async mine(principal: Principal): Promise<TMyApplicationListResponse> {
    const rows = await this.applications.listMine(principal.id);
    const now = this.clock.now();
    return {
      items: rows.map((row) => {
        const clarification = row.clarifications[0] ?? null;
        const facts = {
          status: row.status,
          call: row.call,
          openClarification: clarification,
        };
        const open = isBeforeDeadline(facts, now);
        const dueAt = row.status === 'draft' ? row.call.closesAt : row.status === 'clarification_requested' ? clarification?.dueAt : null;
        return {
          id: row.id,
          referenceNumber: row.referenceNumber,
          status: row.status,
          callId: row.callId,
          callCode: row.call.code,
          callTitle: { lv: row.call.titleLv, en: row.call.titleEn },
          closesAt: row.call.closesAt.toISOString(),
          organisationId: row.organisationId,
          organisationName: row.organisation.legalName,
          requestedCents: row.requestedCents === null ? null : Number(row.requestedCents),
          needsAction: open,
          actionDueAt: open && dueAt ? dueAt.toISOString() : null,
          allowedActions: actionsFor({ actor: 'member', orgRole: row.organisation.members[0]?.role }, facts, now),
          updatedAt: row.updatedAt.toISOString(),
        };
      }),
    };
  }

  /** Owners withdraw (the workflow table says who); the response is built in the same transaction. */
  async withdraw(principal: Principal, id: string, reason: string): Promise<TApplicationResponse> {
    return this.prisma.$transaction(async (tx) => {
      const { application, viewer } = await this.gate.lockForMember(tx, principal, id);
      const now = this.clock.now();
      assertTransition('withdraw', deadlineFacts(application), { actor: 'member', orgRole: viewer.role }, now);
      const after = await this.applications.update(tx, id, { status: 'withdrawn', withdrawnAt: now, withdrawalReason: reason });
      await this.applications.resolveClarifications(tx, id, now);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'application.withdrawn',
        entityType: 'application',
        entityId: id,
        before: auditSnapshot(application),
        after: { ...auditSnapshot(after), withdrawalReason: reason },
      });
      return this.respondIn(tx, id, viewer, now);
    });
  }

  /**
   * Owners delete a draft (the workflow table says who and from which status): the row goes with
   * its attachments, the audit log keeps what it was, and the stored files are removed after the commit.
   */
  async deleteDraft(principal: Principal, id: string): Promise<void> {
    const files = await this.prisma.$transaction(async (tx) => {
      const { application, viewer } = await this.gate.lockForMember(tx, principal, id);
      assertTransition('delete', deadlineFacts(application), { actor: 'member', orgRole: viewer.role }, this.clock.now());
      const attachments = await this.applications.listAttachments(tx, id);
      await this.applications.delete(tx, id);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'application.deleted',
        entityType: 'application',
        entityId: id,
        before: { ...auditSnapshot(application), attachments: attachments.map((file) => file.fileName) },
      });
      return attachments;
    });
    // After the commit: a file left behind is an orphan, never an attachment without its file.
    for (const file of files) {
      await this.storage.delete(file.storageKey).catch((error: unknown) => {
        this.logger.warn(`could not remove content of attachment ${file.id} of deleted draft ${id}: ${String(error)}`);
      });
    }
  }

  /** Shapes the application as it stands inside a write's transaction (its clarification resolved, counts current). */
  async respondIn(tx: Tx, id: string, viewer: ApplicationViewer, now: Date, form?: TFormDefinition): Promise<TApplicationResponse> {
    const detail: ApplicationDetail = await this.applications.reload(tx, id);
    return toApplicationResponse(detail, form ?? (await this.gate.formOf(detail, tx)), viewer, now);
  }

  async listForCall(principal: Principal, callId: string, query: TCallApplicationListQuery): Promise<TCallApplicationListResponse> {
    await this.gate.assertCallReader(principal, callId);
    const { total, rows } = await this.applications.listForCall(callId, query);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) => ({
        id: row.id,
        referenceNumber: row.referenceNumber,
        organisationId: row.organisationId,
        organisationName: row.legalName,
        organisationType: row.organisationType,
        municipalityCode: row.municipalityCode,
        organisationContactEmail: row.contactEmail,
        organisationContactPhone: row.contactPhone,
        projectTitle: row.projectTitle,
        requestedCents: row.requestedCents === null ? null : Number(row.requestedCents),
        status: row.status,
        submittedAt: row.submittedAt?.toISOString() ?? null,
      })),
    };
  }
}
