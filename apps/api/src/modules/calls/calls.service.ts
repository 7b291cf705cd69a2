import { Inject, Injectable } from '@nestjs/common';
import {
  ZPublicCallListResponse,
  ZPublicCallResponse,
  type TPublicCallListResponse,
  type TPublicCallResponse,
  CALL_TRANSITIONS,
  hasPermission,
  isCallEditable,
  type TCallAction,
  type TCallStatus,
  type TCreateCallRequest,
  type TUpdateCallRequest,
  type TAuditAction,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { ReferenceRepository } from '../reference/reference.repository';
import { CallsRepository, type CallScope } from './calls.repository';
import { toCallColumns, toPublicCallResponse } from './calls.mapper';
import type { Call } from '../../generated/prisma/client';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { PublicReadCache } from '../../common/cache/public-read-cache';

interface PublicCalls {
  open: Awaited<ReturnType<CallsRepository['listOpen']>>;
  upcoming: Awaited<ReturnType<CallsRepository['listUpcoming']>>;
}

/** The public calls as read at `readAt`, kept until `expiresAt` (process time) or the first of them closes or opens. */
interface PublicCallsEntry {
  readAt: number;
  expiresAt: number;
  changesAt: number;
  calls: Promise<PublicCalls>;
}

const TITLE_MAX = 200;

@Injectable()
export class CallsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly calls: CallsRepository,
    private readonly reference: ReferenceRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.publicCallPages = new PublicReadCache<TPublicCallResponse>(config.PUBLIC_CALLS_CACHE_MS);
  }

  /** See listPublic; dropped by every change of a call made here. */
  private publicCalls: PublicCallsEntry | undefined;

  /** One public call's page as anonymous visitors read it (PublicReadCache); dropped with publicCalls. */
  private readonly publicCallPages: PublicReadCache<TPublicCallResponse>;

  /** The answer made from each read of the public list, built and checked against its schema once. */
  private readonly publicListAnswers = new WeakMap<Promise<PublicCalls>, Promise<TPublicCallListResponse>>();

  list(principal: Principal, status?: TCallStatus) {
    return this.calls.list(this.readScope(principal), status);
  }

  get(principal: Principal, id: string) {
    return this.load(id, this.readScope(principal));
  }

  async create(principal: Principal, input: TCreateCallRequest): Promise<Call> {
    if (!(await this.calls.isProgrammeStaff(input.programmeId, principal.id))) {
      throw Problems.forbidden('You are not staff of this programme.');
    }
    await this.assertMunicipalitiesExist(input.eligibleMunicipalityCodes);
    return this.prisma.$transaction(async (tx) => {
      const call = await this.calls.create(tx, {
        ...toCallColumns(input),
        programmeId: input.programmeId,
        createdById: principal.id,
      });
      await this.audit.record(tx, { actorId: principal.id, action: 'call.created', entityType: 'call', entityId: call.id, after: call });
      return call;
    });
  }

  async update(principal: Principal, id: string, input: TUpdateCallRequest): Promise<Call> {
    const before = await this.load(id, this.manageScope(principal));
    if (!isCallEditable(before.status)) {
      throw Problems.invalidTransition(`A ${before.status} call can no longer be edited.`);
    }
    await this.assertMunicipalitiesExist(input.eligibleMunicipalityCodes);
    return this.writeVersioned(principal, before, input.version, 'call.updated', toCallColumns(input));
  }

  async clone(principal: Principal, id: string): Promise<Call> {
    const source = await this.load(id, this.manageScope(principal));
    return this.prisma.$transaction(async (tx) => {
      const { id: _id, status: _s, version: _v, createdAt: _c, updatedAt: _u, createdById: _by, decidedAt: _d, eligibilityChecklist, ...fields } = source;
      const copy = await this.calls.create(tx, {
        ...fields,
        eligibilityChecklist: eligibilityChecklist ?? [],
        titleLv: `${source.titleLv} (kopija)`.slice(0, TITLE_MAX),
        titleEn: `${source.titleEn} (copy)`.slice(0, TITLE_MAX),
        createdById: principal.id,
      });
      // Review settings are columns (copied above); the rubric is rows of its own.
      await this.calls.copyRubric(tx, source.id, copy.id);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'call.cloned',
        entityType: 'call',
        entityId: copy.id,
        after: { ...copy, clonedFrom: source.id },
      });
      return copy;
    });
  }

  async transition(principal: Principal, id: string, action: TCallAction, version: number): Promise<Call> {
    const before = await this.load(id, this.manageScope(principal));
    const rule = CALL_TRANSITIONS[action];
    if (before.status !== rule.from) {
      throw Problems.invalidTransition(`Cannot ${action} a call that is ${before.status}.`);
    }
    if (action === 'publish' && before.closesAt.getTime() <= this.clock.now().getTime()) {
      throw Problems.invalidTransition('The close instant has passed; move it to the future before publishing.');
    }
    return this.writeVersioned(principal, before, version, `call.${rule.to as Exclude<TCallStatus, 'draft'>}`, { status: rule.to });
  }

  /**
   * The public list: calls open now, and published ones that open later (never mixed). Every
   * anonymous visitor loads it, so it is kept for PUBLIC_CALLS_CACHE_MS and shared by the
   * requests that arrive meanwhile (one read, not one each); it is read again as soon as one
   * of its calls closes or opens (by the injected clock), and dropped by any change of a
   * call through this service.
   */
  listPublic(): Promise<PublicCalls> {
    const now = this.clock.now().getTime();
    const cached = this.publicCalls;
    if (cached && performance.now() < cached.expiresAt && now >= cached.readAt && now < cached.changesAt) return cached.calls;
    const at = new Date(now);
    const calls = Promise.all([this.calls.listOpen(at), this.calls.listUpcoming(at)]).then(([open, upcoming]) => ({ open, upcoming }));
    if (this.config.PUBLIC_CALLS_CACHE_MS === 0) return calls;
    const entry: PublicCallsEntry = { readAt: now, expiresAt: performance.now() + this.config.PUBLIC_CALLS_CACHE_MS, changesAt: Infinity, calls };
    this.publicCalls = entry;
    calls.then(
      ({ open, upcoming }) => {
        entry.changesAt = Math.min(Infinity, ...open.map((call) => call.closesAt.getTime()), ...upcoming.map((call) => call.opensAt.getTime()));
      },
      () => {
        if (this.publicCalls === entry) this.publicCalls = undefined;
      },
    );
    return calls;
  }

  /** The public list's answer, checked against ZPublicCallListResponse once per read (routes serve it with @CheckedResponse). */
  publicListResponse(): Promise<TPublicCallListResponse> {
    const calls = this.listPublic();
    let answer = this.publicListAnswers.get(calls);
    if (!answer) {
      answer = calls.then(({ open, upcoming }) =>
        ZPublicCallListResponse.parse({ items: open.map(toPublicCallResponse), upcoming: upcoming.map(toPublicCallResponse) }),
      );
      this.publicListAnswers.set(calls, answer);
    }
    return answer;
  }

  /** A call's public page, checked against ZPublicCallResponse once per read (routes serve it with @CheckedResponse). */
  async publicCallResponse(id: string): Promise<TPublicCallResponse> {
    const answer = await this.publicCallPages.read(id, async () => {
      const call = await this.calls.findPublic(id);
      return call && ZPublicCallResponse.parse(toPublicCallResponse(call));
    });
    if (!answer) throw Problems.notFound();
    return answer;
  }

  private async writeVersioned(
    principal: Principal,
    before: Call,
    version: number,
    action: TAuditAction,
    changes: Parameters<CallsRepository['updateIfVersion']>[3],
  ): Promise<Call> {
    const written = await this.prisma.$transaction(async (tx) => {
      const after = await this.calls.updateIfVersion(tx, before.id, version, changes);
      if (!after) {
        const current = await tx.call.findUniqueOrThrow({ where: { id: before.id }, select: { version: true } });
        throw Problems.staleVersion(current.version);
      }
      await this.audit.record(tx, { actorId: principal.id, action, entityType: 'call', entityId: after.id, before, after });
      return after;
    });
    // After the commit: a list read while the change was being written holds the old state.
    this.publicCalls = undefined;
    this.publicCallPages.clear();
    return written;
  }

  private async load(id: string, scope: CallScope): Promise<Call> {
    const call = await this.calls.findInScope(id, scope);
    if (!call) throw Problems.notFound();
    return call;
  }

  private readScope(principal: Principal): CallScope {
    // Admins oversee every programme; coordinators only the programmes they staff.
    return principal.roles.includes('admin') && hasPermission(principal.roles, 'calls:read-all')
      ? { kind: 'all' }
      : { kind: 'staff', userId: principal.id };
  }

  private manageScope(principal: Principal): CallScope {
    return { kind: 'staff', userId: principal.id };
  }

  private async assertMunicipalitiesExist(codes: string[]): Promise<void> {
    const known = await this.reference.municipalityCodes();
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw Problems.validation([
        { path: 'eligibleMunicipalityCodes', code: 'unknown_municipality', message: `Unknown: ${unknown.join(', ')}` },
      ]);
    }
  }
}
