import { DateTime } from 'luxon';
import { z } from 'zod';
import { pagedList } from './resource-centres';
import { APP_TIME_ZONE } from './time-format';

/** One-to-one consultations: consultants publish slots, organisations book them. */

export const CONSULTATION_MODES = ['in_person', 'online', 'phone'] as const;
export const ZConsultationMode = z.enum(CONSULTATION_MODES);
export type TConsultationMode = z.infer<typeof ZConsultationMode>;

export const CONSULTATION_TOPICS = ['application_writing', 'budget', 'reporting', 'community_engagement', 'other'] as const;
export const ZConsultationTopic = z.enum(CONSULTATION_TOPICS);
export type TConsultationTopic = z.infer<typeof ZConsultationTopic>;

export const ZConsultationAttendance = z.enum(['attended', 'no_show']);
export type TConsultationAttendance = z.infer<typeof ZConsultationAttendance>;
export const ZConsultationBookingStatus = z.enum(['booked', 'cancelled']);

export const CONSULTATION_LENGTHS = [30, 45, 60, 90, 120] as const;
export const CONSULTATION_MAX_WEEKS = 26;
export const CONSULTATION_QUESTION_MAX = 2000;
export const CONSULTATION_NOTES_MAX = 5000;
export const CONSULTATION_PAGE_SIZE_MAX = 50;
/** Longest agenda a consultant asks for at once (a week view, with room). */
export const CONSULTATION_AGENDA_MAX_DAYS = 14;

const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const ZLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

/**
 * Publishing availability: a first date and a Riga wall-clock time, repeated weekly `weeks` times
 * (1 = a one-off slot). Every occurrence keeps its wall-clock time across a DST change.
 */
export const ZPublishSlotsRequest = z
  .object({
    date: ZLocalDate,
    time: ZLocalTime,
    lengthMinutes: z.number().int().refine((value) => (CONSULTATION_LENGTHS as readonly number[]).includes(value), 'length'),
    weeks: z.number().int().min(1).max(CONSULTATION_MAX_WEEKS).default(1),
    mode: ZConsultationMode,
    resourceCentreId: z.uuid().nullable().default(null),
    meetingUrl: z.url({ protocol: /^https$/ }).max(500).nullable().default(null),
    phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/).nullable().default(null),
    topics: z.array(ZConsultationTopic).min(1).max(CONSULTATION_TOPICS.length),
  })
  .superRefine((value, context) => {
    if (value.mode === 'in_person' && !value.resourceCentreId) context.addIssue({ code: 'custom', path: ['resourceCentreId'], message: 'required' });
    if (value.mode === 'online' && !value.meetingUrl) context.addIssue({ code: 'custom', path: ['meetingUrl'], message: 'required' });
    if (value.mode === 'phone' && !value.phone) context.addIssue({ code: 'custom', path: ['phone'], message: 'required' });
    if (!DateTime.fromISO(`${value.date}T${value.time}`, { zone: APP_TIME_ZONE }).isValid) {
      context.addIssue({ code: 'custom', path: ['date'], message: 'date' });
    }
  });
export type TPublishSlotsRequest = z.input<typeof ZPublishSlotsRequest>;

/**
 * The instants of the occurrences: the Riga wall-clock time on the first date and each following
 * week. A wall-clock time that does not exist on a spring-forward night moves forward by the gap
 * (luxon's rule), so 03:30 on the last Sunday of March becomes 04:30 EEST.
 */
export function slotStartInstants(date: string, time: string, weeks: number): Date[] {
  const first = DateTime.fromISO(`${date}T${time}`, { zone: APP_TIME_ZONE });
  return Array.from({ length: weeks }, (_, week) => first.plus({ weeks: week }).toJSDate());
}

export const ZSlotListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(CONSULTATION_PAGE_SIZE_MAX).default(20),
  topic: ZConsultationTopic.optional(),
  mode: ZConsultationMode.optional(),
  resourceCentreId: z.uuid().optional(),
});
export type TSlotListQuery = z.infer<typeof ZSlotListQuery>;

export const ZConsultationSlot = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: ZConsultationMode,
  topics: z.array(ZConsultationTopic),
  consultant: z.object({ id: z.string(), displayName: z.string() }),
  resourceCentre: z.object({ id: z.string(), nameLv: z.string(), nameEn: z.string().nullable(), address: z.string() }).nullable(),
  /** Whether someone holds it. */
  booked: z.boolean(),
});
export type TConsultationSlot = z.infer<typeof ZConsultationSlot>;

export const ZSlotListResponse = pagedList(ZConsultationSlot);
export type TSlotListResponse = z.infer<typeof ZSlotListResponse>;

export const ZPublishSlotsResponse = z.object({ items: z.array(ZConsultationSlot) });

export const ZBookConsultationRequest = z.object({
  slotId: z.uuid(),
  organisationId: z.uuid(),
  topic: ZConsultationTopic,
  question: z.string().trim().min(10).max(CONSULTATION_QUESTION_MAX),
  /** Coordinators booking on someone's behalf name the organisation's member it is for. */
  contactUserId: z.uuid().optional(),
});
export type TBookConsultationRequest = z.input<typeof ZBookConsultationRequest>;

export const ZRescheduleConsultationRequest = z.object({ slotId: z.uuid() });

export const ZRecordConsultationRequest = z.object({
  attendance: ZConsultationAttendance,
  /** Consultants and coordinators only; never shown to the organisation. */
  privateNotes: z.string().trim().max(CONSULTATION_NOTES_MAX).default(''),
  outcome: z.string().trim().max(CONSULTATION_NOTES_MAX).default(''),
  followUpActions: z.string().trim().max(CONSULTATION_NOTES_MAX).default(''),
});
export type TRecordConsultationRequest = z.input<typeof ZRecordConsultationRequest>;

/** A booking as the organisation sees it: never the private notes. */
export const ZConsultationBooking = z.object({
  id: z.string(),
  status: ZConsultationBookingStatus,
  topic: ZConsultationTopic,
  question: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  contact: z.object({ id: z.string(), displayName: z.string() }),
  slot: ZConsultationSlot,
  /** How to join: the meeting link, the phone number or the centre's address. */
  meetingUrl: z.string().nullable(),
  phone: z.string().nullable(),
  attendance: ZConsultationAttendance.nullable(),
  outcome: z.string().nullable(),
  followUpActions: z.string().nullable(),
  recordedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  /** Until when the organisation may still cancel or move it. */
  changeableUntil: z.string(),
  createdAt: z.string(),
});
export type TConsultationBooking = z.infer<typeof ZConsultationBooking>;

/** What consultants and coordinators see: the same plus the private notes. */
export const ZConsultationBookingStaff = ZConsultationBooking.extend({ privateNotes: z.string().nullable().optional() });
export type TConsultationBookingStaff = z.infer<typeof ZConsultationBookingStaff>;

export const ZBookingListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(CONSULTATION_PAGE_SIZE_MAX).default(20),
  organisationId: z.uuid().optional(),
});
export type TBookingListQuery = z.infer<typeof ZBookingListQuery>;

export const ZBookingListResponse = pagedList(ZConsultationBooking);
export type TBookingListResponse = z.infer<typeof ZBookingListResponse>;

export const ZAgendaQuery = z
  .object({ from: ZLocalDate, days: z.coerce.number().int().min(1).max(CONSULTATION_AGENDA_MAX_DAYS).default(7) });
export type TAgendaQuery = z.infer<typeof ZAgendaQuery>;

export const ZAgendaItem = z.object({
  slot: ZConsultationSlot,
  booking: ZConsultationBookingStaff.nullable(),
});
export const ZAgendaResponse = z.object({ from: z.string(), to: z.string(), items: z.array(ZAgendaItem) });
export type TAgendaResponse = z.infer<typeof ZAgendaResponse>;

/** Free slots offered with a "someone else was quicker" refusal. */
export const ZSlotAlternatives = z.object({ alternatives: z.array(ZConsultationSlot) });
