import { Injectable } from '@nestjs/common';
import {
  APPLICATION_TRANSITIONS,
  hasPermission,
  requestedCentsOf,
  ZFormDefinition,
  type TApplicationResponse,
  type TCallApplicationListQuery,
  type TCallApplicationListResponse,
  type TCreateApplicationRequest,
  type TFormDefinition,
  type TMyApplicationListResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { ApplicationsRepository, type ApplicationDetail } from './applications.repository';
import { ApplicationAccess, type Viewer } from './application-access.service';
import { auditSnapshot, toApplicationResponse, type TAnswersJson } from './applications.mapper';
import { isBeforeDeadline } from './application-rules';

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async start(principal: Principal, input: TCreateApplicationRequest): Promise<TApplicationResponse> {
    const membership = await this.applications.findMembership(input.organisationId, principal.id);
    const organisation = membership && (await this.applications.findOrganisation(input.organisationId));
    if (!organisation) throw Problems.notFound('Organisation not found.');
    const call = await this.applications.findCallWithLatestForm(input.callId);
    if (!call || call.status === 'draft') throw Problems.notFound('Call not found.');
    const now = this.clock.now();
    if (call.status !== 'published' || now < call.opensAt || now >= call.closesAt) {
      throw Problems.invalidTransition('The call is not open for applications.');
    }
    const reasons: string[] = [];
    if (!call.eligibleOrganisationTypes.includes(organisation.type)) reasons.push('application.ineligible.organisationType');
    if (!call.eligibleMunicipalityCodes.includes(organisation.municipalityCode)) reasons.push('application.ineligible.municipality');
    if (reasons.length > 0) {
      throw Problems.validation(
        reasons.map((message) => ({ path: 'organisationId', code: 'ineligible', message })),
        'The organisation is not eligible for this call.',
      );
    }
    const form = call.forms[0];
    if (!form) throw Problems.invalidTransition('The call has no application form yet.');

    const id = await this.prisma.$transaction(async (tx) => {
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
      return created.id;
    });
    return this.view(principal, id);
  }

  async get(principal: Principal, id: string): Promise<TApplicationResponse> {
    const { application, viewer } = await this.access.loadForRead(principal, id);
    return this.respond(application, viewer);
  }

  /** Reads the application again after a write and shapes it for the caller. */
  async view(principal: Principal, id: string): Promise<TApplicationResponse> {
    return this.get(principal, id);
  }

  async respond(application: ApplicationDetail, viewer: Viewer): Promise<TApplicationResponse> {
    const form = await this.access.formOf(application);
    return toApplicationResponse(application, form, { ...viewer, now: this.clock.now() });
  }

  async mine(principal: Principal): Promise<TMyApplicationListResponse> {
    const rows = await this.applications.listMine(principal.id);
    const forms = await this.formsByCallVersion(rows.map((row) => row.callId));
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
        const form = forms.get(`${row.callId}:${row.formVersion}`);
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
          requestedCents: form ? requestedCentsOf(form, row.answers as TAnswersJson) : null,
          needsAction: open,
          actionDueAt: open && dueAt ? dueAt.toISOString() : null,
          updatedAt: row.updatedAt.toISOString(),
        };
      }),
    };
  }

  async withdraw(principal: Principal, id: string, reason: string): Promise<TApplicationResponse> {
    await this.prisma.$transaction(async (tx) => {
      const { application } = await this.access.lockForMember(tx, principal, id);
      const rule = APPLICATION_TRANSITIONS.withdraw;
      if (!rule.from.includes(application.status)) {
        throw Problems.invalidTransition(`A ${application.status} application cannot be withdrawn.`);
      }
      const now = this.clock.now();
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
    });
    return this.view(principal, id);
  }

  async listForCall(principal: Principal, callId: string, query: TCallApplicationListQuery): Promise<TCallApplicationListResponse> {
    const call = await this.applications.findCall(callId);
    const isAdmin = principal.roles.includes('admin') && hasPermission(principal.roles, 'applications:read-all');
    if (!call || !(isAdmin || (await this.applications.isProgrammeStaff(call.programmeId, principal.id)))) {
      throw Problems.notFound();
    }
    const rows = await this.applications.listForCall(callId, query);
    const forms = await this.formsByCallVersion([callId]);
    const items = rows
      .map((row) => {
        const form = forms.get(`${row.callId}:${row.formVersion}`);
        return {
          id: row.id,
          referenceNumber: row.referenceNumber,
          organisationId: row.organisationId,
          organisationName: row.organisation.legalName,
          organisationType: row.organisation.type,
          municipalityCode: row.organisation.municipalityCode,
          requestedCents: form ? requestedCentsOf(form, row.answers as TAnswersJson) : null,
          status: row.status,
          submittedAt: row.submittedAt?.toISOString() ?? null,
        };
      })
      .filter((item) => query.requestedMin === undefined || (item.requestedCents ?? 0) >= query.requestedMin)
      .filter((item) => query.requestedMax === undefined || (item.requestedCents ?? 0) <= query.requestedMax);
    return { items: sortItems(items, query.sort, query.order) };
  }

  private async formsByCallVersion(callIds: string[]): Promise<Map<string, TFormDefinition>> {
    const forms = await this.applications.findForms([...new Set(callIds)]);
    return new Map(forms.map((form) => [`${form.callId}:${form.version}`, ZFormDefinition.parse(form.definition)]));
  }
}

type CallItem = TCallApplicationListResponse['items'][number];

/** Sorting in the service: requested amounts are computed from answers (fine at this scale). */
function sortItems(items: CallItem[], sort: TCallApplicationListQuery['sort'], order: 'asc' | 'desc'): CallItem[] {
  const key = (item: CallItem): string | number => {
    switch (sort) {
      case 'requested':
        return item.requestedCents ?? -1;
      case 'organisation':
        return item.organisationName.toLocaleLowerCase('lv');
      case 'status':
        return item.status;
      case 'submittedAt':
        return item.submittedAt ?? '9999';
    }
  };
  const direction = order === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const compared = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'lv');
    return compared * direction || a.id.localeCompare(b.id);
  });
}
