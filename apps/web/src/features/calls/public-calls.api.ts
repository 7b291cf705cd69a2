import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

export function usePublicCalls() {
  return useQuery({
    queryKey: ['public', 'calls'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/calls', { signal })),
  });
}

export function usePublicCall(id: string) {
  return useQuery({
    queryKey: ['public', 'calls', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/calls/{id}', { params: { path: { id } }, signal })),
  });
}
