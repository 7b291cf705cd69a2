import type {
  TCheckInRequest,
  TEventAttendeeListResponse,
  TEventDetail,
  TEventListResponse,
  TEventRegistrationRequest,
  TEventRegistrationResponse,
  TEventRequest,
  TEventTokenResponse,
  TEventType,
  TMyRegistrationsResponse,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export interface EventFilters {
  municipality: string | null;
  type: TEventType | null;
  page: number;
}

export const EVENTS_PAGE_SIZE = 12;

export function useEvents(filters: EventFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(EVENTS_PAGE_SIZE) });
  if (filters.municipality) params.set('municipality', filters.municipality);
  if (filters.type) params.set('type', filters.type);
  return useQuery({
    queryKey: ['public', 'events', params.toString()],
    queryFn: ({ signal }) => api.get<TEventListResponse>(`/api/events?${params.toString()}`, signal),
    placeholderData: keepPreviousData,
  });
}

export const CENTRE_EVENTS_SHOWN = 10;

/** The soonest upcoming events held at one resource centre, for its page. */
export function useCentreEvents(centreId: string) {
  const params = new URLSearchParams({ resourceCentreId: centreId, pageSize: String(CENTRE_EVENTS_SHOWN) });
  return useQuery({
    queryKey: ['public', 'events', params.toString()],
    queryFn: ({ signal }) => api.get<TEventListResponse>(`/api/events?${params.toString()}`, signal),
  });
}

/** Public, but shows the signed-in user's own registration and whether they manage it. */
export function useEvent(id: string) {
  return useQuery({
    queryKey: ['events', id],
    queryFn: ({ signal }) => api.get<TEventDetail>(`/api/events/${encodeURIComponent(id)}`, signal),
  });
}

function useInvalidateEvent(id: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['events', id] }), queryClient.invalidateQueries({ queryKey: ['public', 'events'] })]);
}

export function useSaveEvent(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TEventRequest) => (id ? api.put<TEventDetail>(`/api/events/${id}`, body) : api.post<TEventDetail>('/api/events', body)),
    onSuccess: (event) => {
      queryClient.setQueryData(['events', event.id], event);
      return queryClient.invalidateQueries({ queryKey: ['public', 'events'] });
    },
  });
}

export function useRegister(id: string) {
  const invalidate = useInvalidateEvent(id);
  return useMutation({
    mutationFn: (body: TEventRegistrationRequest) => api.post<TEventRegistrationResponse>(`/api/events/${id}/registrations`, body),
    onSuccess: invalidate,
  });
}

export function useCancelMine(id: string) {
  const invalidate = useInvalidateEvent(id);
  return useMutation({
    mutationFn: () => api.delete<TEventTokenResponse>(`/api/events/${id}/registrations/mine`),
    onSuccess: invalidate,
  });
}

export const MY_REGISTRATIONS_PAGE_SIZE = 10;

/** The signed-in user's own registrations, upcoming or past. */
export function useMyRegistrations(when: 'upcoming' | 'past', page: number) {
  return useQuery({
    queryKey: ['events', 'mine', when, page],
    queryFn: ({ signal }) => api.get<TMyRegistrationsResponse>(`/api/events/registrations/mine?when=${when}&page=${page}&pageSize=${MY_REGISTRATIONS_PAGE_SIZE}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** Cancelling one's own registration from the list of them (any event). */
export function useCancelMyRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => api.delete<TEventTokenResponse>(`/api/events/${eventId}/registrations/mine`),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['events'] }), queryClient.invalidateQueries({ queryKey: ['public', 'events'] })]),
  });
}

/** Following an e-mailed link: confirm the registration or cancel it. */
export function useRegistrationLink(purpose: 'confirm' | 'cancel') {
  return useMutation({
    mutationFn: (body: { registrationId: string; token: string }) => api.post<TEventTokenResponse>(`/api/events/registrations/${purpose}`, body),
  });
}

export function useAttendees(id: string, q: string) {
  const params = new URLSearchParams({ pageSize: '100' });
  if (q) params.set('q', q);
  return useQuery({
    queryKey: ['events', id, 'attendees', q],
    queryFn: ({ signal }) => api.get<TEventAttendeeListResponse>(`/api/events/${id}/attendees?${params.toString()}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, ...body }: TCheckInRequest & { registrationId: string }) =>
      api.put<{ id: string; checkedInAt: string | null }>(`/api/events/${id}/attendees/${registrationId}/check-in`, body),
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
