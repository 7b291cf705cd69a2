import type { TEventDetail, TEventRegistrationStatus, TEventSummary, TParticipantGroup } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import type { EventRow } from './events.repository';

/** Organisers manage their own events; coordinators manage every event. */
export function canManageEvent(principal: Principal | undefined, event: { organiserId: string }): boolean {
  if (!principal) return false;
  if (principal.roles.includes('coordinator')) return true;
  return principal.roles.includes('consultant') && event.organiserId === principal.id;
}

export function toEventSummary(event: EventRow): TEventSummary {
  const confirmed = event._count.registrations;
  return {
    id: event.id,
    type: event.type,
    title: { lv: event.titleLv, en: event.titleEn },
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    municipality: event.municipality ? { code: event.municipality.code, name: { lv: event.municipality.nameLv, en: event.municipality.nameEn } } : null,
    resourceCentre: event.resourceCentre
      ? { id: event.resourceCentre.id, name: { lv: event.resourceCentre.nameLv, en: event.resourceCentre.nameEn ?? event.resourceCentre.nameLv } }
      : null,
    address: event.address,
    online: event.onlineUrl !== null,
    capacity: event.capacity,
    placesLeft: Math.max(0, event.capacity - confirmed),
    registrationDeadline: event.registrationDeadline.toISOString(),
  };
}

export function toEventDetail(
  event: EventRow,
  extra: {
    now: Date;
    principal: Principal | undefined;
    waitlistCount: number;
    myRegistration: { id: string; status: TEventRegistrationStatus; participantGroup: TParticipantGroup; checkedInAt: Date | null } | null;
  },
): TEventDetail {
  const canManage = canManageEvent(extra.principal, event);
  return {
    ...toEventSummary(event),
    description: { lv: event.descriptionLv, en: event.descriptionEn },
    onlineUrl: event.onlineUrl,
    targetGroups: event.targetGroups,
    organiser: { id: event.organiser.id, displayName: event.organiser.displayName },
    waitlistCount: extra.waitlistCount,
    registrationOpen: isRegistrationOpen(event, extra.now),
    canManage,
    myRegistration: extra.myRegistration
      ? { id: extra.myRegistration.id, status: extra.myRegistration.status, participantGroup: extra.myRegistration.participantGroup, checkedIn: extra.myRegistration.checkedInAt !== null }
      : null,
    edit: canManage
      ? {
          titleLv: event.titleLv,
          titleEn: event.titleEn,
          descriptionLv: event.descriptionLv,
          descriptionEn: event.descriptionEn,
          resourceCentreId: event.resourceCentreId,
          municipalityCode: event.municipalityCode,
        }
      : null,
  };
}

export function isRegistrationOpen(event: { registrationDeadline: Date; startsAt: Date }, now: Date): boolean {
  return now.getTime() <= event.registrationDeadline.getTime() && now.getTime() < event.startsAt.getTime();
}
