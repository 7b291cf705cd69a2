import type { TMunicipalityListResponse, TProgrammeListResponse } from '@kopa/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

// Reference data changes rarely; keep it for the whole visit.
const REFERENCE_STALE_TIME = 60 * 60_000;

export function useMunicipalities() {
  return useQuery({
    queryKey: ['public', 'municipalities'],
    queryFn: ({ signal }) => api.get<TMunicipalityListResponse>('/api/public/municipalities', signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_TIME,
  });
}

export function useProgrammes() {
  return useQuery({
    queryKey: ['public', 'programmes'],
    queryFn: ({ signal }) => api.get<TProgrammeListResponse>('/api/public/programmes', signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_TIME,
  });
}
