import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

export function useCoordinatorHome() {
  return useQuery({
    queryKey: ['workspace', 'coordinator'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/workspace/coordinator', { signal })),
  });
}
