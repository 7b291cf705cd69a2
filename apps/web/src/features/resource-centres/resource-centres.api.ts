import type { TResourceCentre, TResourceCentreListResponse, TSlotListResponse } from '@kopa/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const CENTRE_PAGE_SIZE = 10;

export function useResourceCentres(municipality: string | null, page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(CENTRE_PAGE_SIZE) });
  if (municipality) params.set('municipality', municipality);
  return useQuery({
    queryKey: ['public', 'resource-centres', municipality, page],
    queryFn: ({ signal }) => api.get<TResourceCentreListResponse>(`/api/public/resource-centres?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useResourceCentre(id: string) {
  return useQuery({
    queryKey: ['public', 'resource-centres', id],
    queryFn: ({ signal }) => api.get<TResourceCentre>(`/api/public/resource-centres/${encodeURIComponent(id)}`, signal),
  });
}

export function useCentreConsultationSlots(id: string) {
  return useQuery({
    queryKey: ['public', 'resource-centres', id, 'consultation-slots'],
    queryFn: ({ signal }) =>
      api.get<TSlotListResponse>(`/api/public/resource-centres/${encodeURIComponent(id)}/consultation-slots?pageSize=20`, signal),
  });
}
