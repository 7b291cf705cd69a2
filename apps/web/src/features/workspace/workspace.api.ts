import type { TCoordinatorHomeResponse } from '@kopa/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function useCoordinatorHome() {
  return useQuery({
    queryKey: ['workspace', 'coordinator'],
    queryFn: ({ signal }) => api.get<TCoordinatorHomeResponse>('/api/workspace/coordinator', signal),
  });
}
