import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

export const CENTRE_PAGE_SIZE = 10;

export function useResourceCentres(municipality: string | null, page: number) {
  return useQuery({
    queryKey: ['public', 'resource-centres', municipality, page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/resource-centres', { params: { query: { page, pageSize: CENTRE_PAGE_SIZE, municipality: municipality ?? undefined } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useResourceCentre(id: string) {
  return useQuery({
    queryKey: ['public', 'resource-centres', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/resource-centres/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCentreConsultationSlots(id: string) {
  return useQuery({
    queryKey: ['public', 'resource-centres', id, 'consultation-slots'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/resource-centres/{id}/consultation-slots', { params: { path: { id }, query: { pageSize: 20 } }, signal })),
  });
}
