import type { TCallResponse, TCallStatus, TCreateCallRequest, TUpdateCallRequest } from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

const CALLS_KEY = ['calls'] as const;
const callKey = (id: string) => ['calls', 'detail', id] as const;

/** The transitions the API offers today (decide/archive come with later features). */
export const SUPPORTED_CALL_ACTIONS = ['publish', 'close'] as const;
export type SupportedCallAction = (typeof SUPPORTED_CALL_ACTIONS)[number];

const fetchCall = (id: string, signal?: AbortSignal) => unwrap(client.GET('/api/calls/{id}', { params: { path: { id } }, signal }));

export function useManagedCalls(status?: TCallStatus) {
  return useQuery({
    queryKey: [...CALLS_KEY, 'list', status ?? 'all'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls', { params: { query: { status } }, signal })),
    select: (data) => data.items,
  });
}

export function useManagedCall(id: string) {
  return useQuery({
    queryKey: callKey(id),
    queryFn: ({ signal }) => fetchCall(id, signal),
  });
}

/** After any write: the list, this call, and the public pages may all have changed. */
function useCallWritten() {
  const queryClient = useQueryClient();
  return (call: TCallResponse) => {
    queryClient.setQueryData(callKey(call.id), call);
    void queryClient.invalidateQueries({ queryKey: [...CALLS_KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['public', 'calls'] });
  };
}

export function useCreateCall() {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: (body: TCreateCallRequest) => unwrap(client.POST('/api/calls', { body })),
    onSuccess: onWritten,
  });
}

export function useUpdateCall(id: string) {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: (body: TUpdateCallRequest) => unwrap(client.PUT('/api/calls/{id}', { params: { path: { id } }, body })),
    onSuccess: onWritten,
  });
}

export function useCloneCall(id: string) {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/calls/{id}/clone', { params: { path: { id } } })),
    onSuccess: onWritten,
  });
}

export function useCallTransition(id: string) {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: ({ action, version }: { action: SupportedCallAction; version: number }) =>
      unwrap(
        action === 'publish'
          ? client.POST('/api/calls/{id}/publish', { params: { path: { id } }, body: { version } })
          : client.POST('/api/calls/{id}/close', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: onWritten,
  });
}

/** Re-reads a call from the server, e.g. after a stale-version conflict. */
export function useRefetchCall() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: callKey(id),
      queryFn: () => fetchCall(id),
      staleTime: 0,
    });
}
