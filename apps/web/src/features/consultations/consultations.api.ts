import type {
  TAgendaResponse,
  TBookConsultationRequest,
  TBookingListResponse,
  TConsultationBookingStaff,
  TPublishSlotsRequest,
  TRecordConsultationRequest,
  TSlotListResponse,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const KEY = 'consultations';

export function useAgenda(from: string, days: number) {
  return useQuery({
    queryKey: [KEY, 'agenda', from, days],
    queryFn: ({ signal }) => api.get<TAgendaResponse>(`/api/consultations/agenda?from=${from}&days=${days}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFreeSlots(page: number, topic: string | null) {
  const params = new URLSearchParams({ page: String(page), pageSize: '10' });
  if (topic) params.set('topic', topic);
  return useQuery({
    queryKey: [KEY, 'slots', page, topic],
    queryFn: ({ signal }) => api.get<TSlotListResponse>(`/api/consultations/slots?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBookings(organisationId: string | null, page = 1) {
  const params = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (organisationId) params.set('organisationId', organisationId);
  return useQuery({
    queryKey: [KEY, 'bookings', organisationId, page],
    queryFn: ({ signal }) => api.get<TBookingListResponse>(`/api/consultations/bookings?${params}`, signal),
  });
}

export function useBooking(id: string) {
  return useQuery({
    queryKey: [KEY, 'booking', id],
    queryFn: ({ signal }) => api.get<TConsultationBookingStaff>(`/api/consultations/bookings/${encodeURIComponent(id)}`, signal),
  });
}

function useConsultationMutation<TInput, TResult>(request: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  });
}

export const usePublishSlots = () => useConsultationMutation((body: TPublishSlotsRequest) => api.post('/api/consultations/slots', body));
export const useBook = () =>
  useConsultationMutation((body: TBookConsultationRequest) => api.post<TConsultationBookingStaff>('/api/consultations/bookings', body));
export const useWithdrawSlot = () => useConsultationMutation((slotId: string) => api.delete(`/api/consultations/slots/${slotId}`));
export const useCancelBooking = () => useConsultationMutation((id: string) => api.post(`/api/consultations/bookings/${id}/cancel`));
export const useRecordBooking = (id: string) =>
  useConsultationMutation((body: TRecordConsultationRequest) => api.put<TConsultationBookingStaff>(`/api/consultations/bookings/${id}/record`, body));
export const useReschedule = (id: string) =>
  useConsultationMutation((slotId: string) => api.post<TConsultationBookingStaff>(`/api/consultations/bookings/${id}/reschedule`, { slotId }));
