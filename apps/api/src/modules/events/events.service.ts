import { Injectable } from '@nestjs/common';
import { ZEventRequest, type TEventDetail, type TEventListQuery, type TEventListResponse, type TEventRequest } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { EventsRepository } from './events.repository';
import { canManageEvent, toEventDetail, toEventSummary } from './events.mapper';
import { EventPlaces } from './event-places';

type EventInput = ReturnType<typeof ZEventRequest.parse>;

/** Creating, editing, listing and showing events. */
@Injectable()
export class EventsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: EventsRepository,
    private readonly places: EventPlaces,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: TEventListQuery): Promise<TEventListResponse> {
    const { items, total } = await this.events.list(query, this.clock.now());
    return { items: items.map(toEventSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(principal: Principal | undefined, id: string): Promise<TEventDetail> {
    const event = await this.events.find(id);
    if (!event) throw Problems.notFound();
    const [waitlistCount, mine] = await Promise.all([
      this.events.countWaitlisted(id),
      principal ? this.events.findUserRegistration(id, principal.id) : Promise.resolve(null),
    ]);
    return toEventDetail(event, { now: this.clock.now(), principal, waitlistCount, myRegistration: mine });
  }

  async create(principal: Principal, body: TEventRequest): Promise<TEventDetail> {
    const input = body as EventInput;
    const id = await this.prisma.$transaction(async (tx) => {
      const data = { ...(await this.placeOf(tx, input)), ...this.fieldsOf(input) };
      const created = await tx.event.create({ data: { ...data, organiserId: principal.id } });
      await this.audit.record(tx, { actorId: principal.id, action: 'event.created', entityType: 'event', entityId: created.id, after: data });
      return created.id;
    });
    return this.detail(principal, id);
  }

  /** Organiser or coordinator; capacity never below the places already given; a larger one promotes the waiting list. */
  async update(principal: Principal, id: string, body: TEventRequest): Promise<TEventDetail> {
    const input = body as EventInput;
    await this.prisma.$transaction(async (tx) => {
      const event = await this.events.lock(tx, id);
      if (!event) throw Problems.notFound();
      if (!canManageEvent(principal, event)) throw Problems.forbidden();
      const confirmed = await this.events.countConfirmed(tx, id);
      if (input.capacity < confirmed) {
        throw Problems.validation([{ path: 'capacity', code: 'too_small', message: 'events.capacity.belowRegistered' }], `${confirmed} places are already given.`);
      }
      const data = { ...(await this.placeOf(tx, input)), ...this.fieldsOf(input) };
      await tx.event.update({ where: { id }, data });
      await this.audit.record(tx, { actorId: principal.id, action: 'event.updated', entityType: 'event', entityId: id, after: data });
      await this.places.fillFromWaitlist(tx, id);
    });
    return this.detail(principal, id);
  }

  private fieldsOf(input: EventInput) {
    return {
      type: input.type,
      titleLv: input.titleLv,
      titleEn: input.titleEn,
      descriptionLv: input.descriptionLv,
      descriptionEn: input.descriptionEn,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      onlineUrl: input.onlineUrl,
      capacity: input.capacity,
      registrationDeadline: new Date(input.registrationDeadline),
      targetGroups: input.targetGroups,
    };
  }

  /** A resource centre brings its municipality (and address, unless another is given); otherwise the municipality must exist. */
  private async placeOf(tx: Tx, input: EventInput) {
    if (input.resourceCentreId) {
      const centre = await tx.resourceCentre.findUnique({ where: { id: input.resourceCentreId } });
      if (!centre) throw Problems.validation([{ path: 'resourceCentreId', code: 'invalid', message: 'events.resourceCentre.unknown' }]);
      return { resourceCentreId: centre.id, municipalityCode: centre.municipalityCode, address: input.address ?? centre.address };
    }
    if (input.municipalityCode && !(await tx.municipality.findUnique({ where: { code: input.municipalityCode } }))) {
      throw Problems.validation([{ path: 'municipalityCode', code: 'invalid', message: 'events.municipality.unknown' }]);
    }
    return { resourceCentreId: null, municipalityCode: input.municipalityCode, address: input.address };
  }
}
