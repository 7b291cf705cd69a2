import type { TBookConsultationRequest, TConsultationTopic, TPublishSlotsRequest, TRecordConsultationRequest } from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

const KEY = 'consultations';

export function useAgenda(from: string, days: number) {
  return useQuery({
    queryKey: [KEY, 'agenda', from, days],
    queryFn: ({ signal }) => unwrap(client.GET('/api/consultations/agenda', { params: { query: { from, days } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useFreeSlots(page: number, topic: TConsultationTopic | null) {
  return useQuery({
    queryKey: [KEY, 'slots', page, topic],
    queryFn: ({ signal }) => unwrap(client.GET('/api/consultations/slots', { params: { query: { page, pageSize: 10, topic: topic ?? undefined } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useBookings(organisationId: string | null, page = 1) {
  return useQuery({
    queryKey: [KEY, 'bookings', organisationId, page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/consultations/bookings', { params: { query: { page, pageSize: 20, organisationId: organisationId ?? undefined } }, signal })),
  });
}

export function useBooking(id: string) {
  return useQuery({
    queryKey: [KEY, 'booking', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/consultations/bookings/{id}', { params: { path: { id } }, signal })),
  });
}

function useConsultationMutation<TInput, TResult>(request: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  });
}

export const usePublishSlots = () => useConsultationMutation((body: TPublishSlotsRequest) => unwrap(client.POST('/api/consultations/slots', { body })));
export const useBook = () =>
  useConsultationMutation((body: TBookConsultationRequest) => unwrap(client.POST('/api/consultations/bookings', { body })));
export const useWithdrawSlot = () => useConsultationMutation((slotId: string) => unwrap(client.DELETE('/api/consultations/slots/{id}', { params: { path: { id: slotId } } })));
export const useCancelBooking = () => useConsultationMutation((id: string) => unwrap(client.POST('/api/consultations/bookings/{id}/cancel', { params: { path: { id } } })));
export const useRecordBooking = (id: string) =>
  useConsultationMutation((body: TRecordConsultationRequest) => unwrap(client.PUT('/api/consultations/bookings/{id}/record', { params: { path: { id } }, body })));
export const useReschedule = (id: string) =>
  useConsultationMutation((slotId: string) => unwrap(client.POST('/api/consultations/bookings/{id}/reschedule', { params: { path: { id } }, body: { slotId } })));
