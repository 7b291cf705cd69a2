import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

// Reference data changes rarely; keep it for the whole visit.
const REFERENCE_STALE_TIME = 60 * 60_000;

export function useMunicipalities() {
  return useQuery({
    queryKey: ['public', 'municipalities'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/municipalities', { signal })),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_TIME,
  });
}

export function useProgrammes() {
  return useQuery({
    queryKey: ['public', 'programmes'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/programmes', { signal })),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_TIME,
  });
}
