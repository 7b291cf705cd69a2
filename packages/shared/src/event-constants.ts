/**
 * The events' fixed lists and bounds, without zod: the public event pages import these, and a
 * page that imports them from events.ts directly would download zod with its schemas.
 */
export const EVENT_TYPES = ['seminar', 'workshop', 'training', 'symposium', 'community_event'] as const;
export const PARTICIPANT_GROUPS = ['teachers', 'parents', 'children_youth', 'seniors', 'ngo_members', 'municipality_staff', 'other'] as const;
export const EVENT_REGISTRATION_STATUSES = ['pending_confirmation', 'confirmed', 'waitlisted', 'cancelled'] as const;

export const EVENT_TITLE_MAX = 200;
export const EVENT_DESCRIPTION_MAX = 5_000;
export const EVENT_ADDRESS_MAX = 300;
export const EVENT_CAPACITY_MAX = 5_000;
export const EVENT_PAGE_SIZE_MAX = 50;
export const EVENT_REGISTRANT_NAME_MAX = 200;

/** Length of an event in hours, to the half hour (certificates). */
export function eventHours(startsAt: Date | string, endsAt: Date | string): number {
  const ms = new Date(endsAt).getTime() - new Date(startsAt).getTime();
  return Math.round((ms / 3_600_000) * 2) / 2;
}
