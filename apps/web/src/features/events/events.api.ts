import type {
  TCheckInRequest,
  TEventAttendeeListResponse,
  TEventRegistrationRequest,
  TEventRequest,
  TEventType,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

export interface EventFilters {
  municipality: string | null;
  type: TEventType | null;
  page: number;
}

export const EVENTS_PAGE_SIZE = 12;

export function useEvents(filters: EventFilters) {
  const query = { page: filters.page, pageSize: EVENTS_PAGE_SIZE, municipality: filters.municipality ?? undefined, type: filters.type ?? undefined };
  return useQuery({
    queryKey: ['public', 'events', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export const CENTRE_EVENTS_SHOWN = 10;

/** The soonest upcoming events held at one resource centre, for its page. */
export function useCentreEvents(centreId: string) {
  const query = { resourceCentreId: centreId, pageSize: CENTRE_EVENTS_SHOWN };
  return useQuery({
    queryKey: ['public', 'events', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/events', { params: { query }, signal })),
  });
}

/** Public, but shows the signed-in user's own registration and whether they manage it. */
export function useEvent(id: string) {
  return useQuery({
    queryKey: ['events', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/events/{id}', { params: { path: { id } }, signal })),
  });
}

function useInvalidateEvent(id: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['events', id] }), queryClient.invalidateQueries({ queryKey: ['public', 'events'] })]);
}

export function useSaveEvent(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TEventRequest) => unwrap(id ? client.PUT('/api/events/{id}', { params: { path: { id } }, body }) : client.POST('/api/events', { body })),
    onSuccess: (event) => {
      queryClient.setQueryData(['events', event.id], event);
      return queryClient.invalidateQueries({ queryKey: ['public', 'events'] });
    },
  });
}

export function useRegister(id: string) {
  const invalidate = useInvalidateEvent(id);
  return useMutation({
    mutationFn: (body: TEventRegistrationRequest) => unwrap(client.POST('/api/events/{id}/registrations', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useCancelMine(id: string) {
  const invalidate = useInvalidateEvent(id);
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/events/{id}/registrations/mine', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export const MY_REGISTRATIONS_PAGE_SIZE = 10;

/** The signed-in user's own registrations, upcoming or past. */
export function useMyRegistrations(when: 'upcoming' | 'past', page: number) {
  return useQuery({
    queryKey: ['events', 'mine', when, page],
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/events/registrations/mine', { params: { query: { when, page, pageSize: MY_REGISTRATIONS_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Cancelling one's own registration from the list of them (any event). */
export function useCancelMyRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => unwrap(client.DELETE('/api/events/{id}/registrations/mine', { params: { path: { id: eventId } } })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['events'] }), queryClient.invalidateQueries({ queryKey: ['public', 'events'] })]),
  });
}

/** Following an e-mailed link: confirm the registration or cancel it. */
export function useRegistrationLink(purpose: 'confirm' | 'cancel') {
  return useMutation({
    mutationFn: (body: { registrationId: string; token: string }) =>
      unwrap(purpose === 'confirm' ? client.POST('/api/events/registrations/confirm', { body }) : client.POST('/api/events/registrations/cancel', { body })),
  });
}

export function useAttendees(id: string, q: string) {
  return useQuery({
    queryKey: ['events', id, 'attendees', q],
    queryFn: ({ signal }) => unwrap(client.GET('/api/events/{id}/attendees', { params: { path: { id }, query: { pageSize: 100, q: q || undefined } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, ...body }: TCheckInRequest & { registrationId: string }) =>
      unwrap(client.PUT('/api/events/{id}/attendees/{registrationId}/check-in', { params: { path: { id, registrationId } }, body })),
    // A list fetched while the tap was on its way must not overwrite it: cancel, apply, then refetch.
    onMutate: () => queryClient.cancelQueries({ queryKey: ['events', id, 'attendees'] }),
    onSuccess: async (result) => {
      await queryClient.cancelQueries({ queryKey: ['events', id, 'attendees'] });
      queryClient.setQueriesData<TEventAttendeeListResponse>({ queryKey: ['events', id, 'attendees'] }, (list) =>
        list ? { ...list, items: list.items.map((item) => (item.id === result.id ? { ...item, checkedInAt: result.checkedInAt } : item)) } : list,
      );
      return queryClient.invalidateQueries({ queryKey: ['events', id, 'attendees'] });
    },
  });
}

export function certificateUrl(eventId: string, registrationId: string, locale: string): string {
  return `/api/events/${eventId}/attendees/${registrationId}/certificate?locale=${locale === 'en' ? 'en' : 'lv'}`;
}
