import type { TPublicCallListResponse, TPublicCallResponse } from '@kopa/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function usePublicCalls() {
  return useQuery({
    queryKey: ['public', 'calls'],
    queryFn: ({ signal }) => api.get<TPublicCallListResponse>('/api/public/calls', signal),
  });
}

export function usePublicCall(id: string) {
  return useQuery({
    queryKey: ['public', 'calls', id],
    queryFn: ({ signal }) =>
      api.get<TPublicCallResponse>(`/api/public/calls/${encodeURIComponent(id)}`, signal),
  });
}
