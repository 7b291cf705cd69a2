import { z } from 'zod';
import { ZLocale } from './roles';
import { pagedList } from './resource-centres';
import {
  EVENT_ADDRESS_MAX,
  EVENT_CAPACITY_MAX,
  EVENT_DESCRIPTION_MAX,
  EVENT_PAGE_SIZE_MAX,
  EVENT_REGISTRANT_NAME_MAX,
  EVENT_REGISTRATION_STATUSES,
  EVENT_TITLE_MAX,
  EVENT_TYPES,
  PARTICIPANT_GROUPS,
} from './event-constants';

/** Trainings and events: seminars, workshops, trainings, the symposium, community events. */

export * from './event-constants';

export const ZEventType = z.enum(EVENT_TYPES);
export type TEventType = z.infer<typeof ZEventType>;

export const ZParticipantGroup = z.enum(PARTICIPANT_GROUPS);
export type TParticipantGroup = z.infer<typeof ZParticipantGroup>;

export const ZEventRegistrationStatus = z.enum(EVENT_REGISTRATION_STATUSES);
export type TEventRegistrationStatus = z.infer<typeof ZEventRegistrationStatus>;

const ZInstant = z.iso.datetime({ offset: true });
const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZEventRequest = z
  .object({
    type: ZEventType,
    titleLv: ZText(EVENT_TITLE_MAX),
    titleEn: ZText(EVENT_TITLE_MAX),
    descriptionLv: ZText(EVENT_DESCRIPTION_MAX),
    descriptionEn: ZText(EVENT_DESCRIPTION_MAX),
    startsAt: ZInstant,
    endsAt: ZInstant,
    /** A resource centre (its municipality and address follow), or a municipality and an address, or neither with an online link. */
    resourceCentreId: z.uuid().nullable().default(null),
    municipalityCode: z.string().trim().min(1).max(50).nullable().default(null),
    address: z.string().trim().max(EVENT_ADDRESS_MAX).nullable().default(null).transform((value) => value || null),
    onlineUrl: z.url({ protocol: /^https$/ }).max(500).nullable().default(null),
    capacity: z.number().int().min(1).max(EVENT_CAPACITY_MAX),
    registrationDeadline: ZInstant,
    targetGroups: z.array(ZParticipantGroup).min(1).max(PARTICIPANT_GROUPS.length),
  })
  .superRefine((event, ctx) => {
    const starts = new Date(event.startsAt).getTime();
    if (new Date(event.endsAt).getTime() <= starts) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'events.endsAt.beforeStart' });
    if (new Date(event.registrationDeadline).getTime() > starts) {
      ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'events.registrationDeadline.afterStart' });
    }
    const inPerson = event.resourceCentreId !== null || (event.municipalityCode !== null && event.address !== null);
    if (!inPerson && event.onlineUrl === null) ctx.addIssue({ code: 'custom', path: ['address'], message: 'events.place.required' });
    if (event.resourceCentreId === null && (event.municipalityCode === null) !== (event.address === null)) {
      ctx.addIssue({ code: 'custom', path: [event.address === null ? 'address' : 'municipalityCode'], message: 'events.place.incomplete' });
    }
    if (new Set(event.targetGroups).size !== event.targetGroups.length) ctx.addIssue({ code: 'custom', path: ['targetGroups'], message: 'events.targetGroups.repeated' });
  });
export type TEventRequest = z.input<typeof ZEventRequest>;

export const ZEventListQuery = z.object({
  municipality: z.string().trim().min(1).max(50).optional(),
  type: ZEventType.optional(),
  /** Only the events held at this resource centre (its page lists them). */
  resourceCentreId: z.uuid().optional(),
  /** Upcoming (not yet ended, soonest first) or past (latest first). */
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(EVENT_PAGE_SIZE_MAX).default(12),
});
export type TEventListQuery = z.infer<typeof ZEventListQuery>;

const ZBilingual = z.object({ lv: z.string(), en: z.string() });

export const ZEventSummary = z.object({
  id: z.string(),
  type: ZEventType,
  title: ZBilingual,
  startsAt: z.string(),
  endsAt: z.string(),
  municipality: z.object({ code: z.string(), name: ZBilingual }).nullable(),
  resourceCentre: z.object({ id: z.string(), name: ZBilingual }).nullable(),
  address: z.string().nullable(),
  online: z.boolean(),
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  registrationDeadline: z.string(),
});
export type TEventSummary = z.infer<typeof ZEventSummary>;

export const ZEventListResponse = z.object({
  items: z.array(ZEventSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TEventListResponse = z.infer<typeof ZEventListResponse>;

export const ZMyEventRegistration = z.object({ id: z.string(), status: ZEventRegistrationStatus, participantGroup: ZParticipantGroup, checkedIn: z.boolean() });
export type TMyEventRegistration = z.infer<typeof ZMyEventRegistration>;

export const ZEventDetail = ZEventSummary.extend({
  description: ZBilingual,
  onlineUrl: z.string().nullable(),
  targetGroups: z.array(ZParticipantGroup),
  organiser: z.object({ id: z.string(), displayName: z.string() }),
  waitlistCount: z.number().int(),
  registrationOpen: z.boolean(),
  /** The signed-in user may edit the event and check people in. */
  canManage: z.boolean(),
  myRegistration: ZMyEventRegistration.nullable(),
  /** The raw fields, for the edit form (only when canManage). */
  edit: z
    .object({ titleLv: z.string(), titleEn: z.string(), descriptionLv: z.string(), descriptionEn: z.string(), resourceCentreId: z.string().nullable(), municipalityCode: z.string().nullable() })
    .nullable(),
});
export type TEventDetail = z.infer<typeof ZEventDetail>;

/** Signed-in users give only their group; visitors also their name and e-mail (then confirm by the e-mailed link). */
export const ZEventRegistrationRequest = z.object({
  participantGroup: ZParticipantGroup,
  name: ZText(EVENT_REGISTRANT_NAME_MAX).optional(),
  email: ZEmail.optional(),
  locale: ZLocale.optional(),
});
export type TEventRegistrationRequest = z.infer<typeof ZEventRegistrationRequest>;

export const ZEventRegistrationResponse = z.object({ id: z.string().nullable(), status: ZEventRegistrationStatus });
export type TEventRegistrationResponse = z.infer<typeof ZEventRegistrationResponse>;

/** The token from a confirmation or cancellation link. */
export const ZEventTokenRequest = z.object({ token: z.string().min(20).max(100) });
export type TEventTokenRequest = z.infer<typeof ZEventTokenRequest>;

export const ZEventTokenResponse = z.object({ eventId: z.string(), status: ZEventRegistrationStatus });
export type TEventTokenResponse = z.infer<typeof ZEventTokenResponse>;

export const ZEventAttendeeQuery = z.object({
  /** Part of the name, case-insensitive. */
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type TEventAttendeeQuery = z.infer<typeof ZEventAttendeeQuery>;

export const ZEventAttendee = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  participantGroup: ZParticipantGroup,
  status: ZEventRegistrationStatus,
  checkedInAt: z.string().nullable(),
});
export type TEventAttendee = z.infer<typeof ZEventAttendee>;

export const ZGroupCount = z.object({ group: ZParticipantGroup, registered: z.number().int(), checkedIn: z.number().int() });

export const ZEventAttendeeListResponse = z.object({
  items: z.array(ZEventAttendee),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Confirmed places and check-ins by participant group (whole event, not just this page). */
  counts: z.array(ZGroupCount),
  waitlisted: z.number().int(),
});
export type TEventAttendeeListResponse = z.infer<typeof ZEventAttendeeListResponse>;

export const ZCheckInRequest = z.object({ checkedIn: z.boolean() });
export type TCheckInRequest = z.infer<typeof ZCheckInRequest>;

export const ZCertificateQuery = z.object({ locale: ZLocale.optional() });

/** The e-mailed certificate link of a visitor (no account): the registration and its signed token. */
export const ZCertificateLinkQuery = z.object({ token: z.string().min(20).max(100), locale: ZLocale.optional() });

/** The signed-in user's own registrations: upcoming (soonest first) or past (latest first). */
export const ZMyRegistrationsQuery = z.object({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(EVENT_PAGE_SIZE_MAX).default(10),
});
export type TMyRegistrationsQuery = z.infer<typeof ZMyRegistrationsQuery>;

export const ZMyRegistrationItem = z.object({
  id: z.string(),
  status: ZEventRegistrationStatus,
  participantGroup: ZParticipantGroup,
  checkedIn: z.boolean(),
  /** The attendance certificate can be downloaded (checked in). */
  certificate: z.boolean(),
  /** The registration can still be cancelled (not started). */
  cancellable: z.boolean(),
  event: ZEventSummary,
});
export type TMyRegistrationItem = z.infer<typeof ZMyRegistrationItem>;

export const ZMyRegistrationsResponse = pagedList(ZMyRegistrationItem);
export type TMyRegistrationsResponse = z.infer<typeof ZMyRegistrationsResponse>;

