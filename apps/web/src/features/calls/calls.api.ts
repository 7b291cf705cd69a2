import type {
  TCallListResponse,
  TCallResponse,
  TCallStatus,
  TCreateCallRequest,
  TUpdateCallRequest,
} from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const CALLS_KEY = ['calls'] as const;
const callKey = (id: string) => ['calls', 'detail', id] as const;
const callPath = (id: string) => `/api/calls/${encodeURIComponent(id)}`;

/** The transitions the API offers today (decide/archive come with later features). */
export const SUPPORTED_CALL_ACTIONS = ['publish', 'close'] as const;
export type SupportedCallAction = (typeof SUPPORTED_CALL_ACTIONS)[number];

export function useManagedCalls(status?: TCallStatus) {
  return useQuery({
    queryKey: [...CALLS_KEY, 'list', status ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<TCallListResponse>(status ? `/api/calls?status=${status}` : '/api/calls', signal),
    select: (data) => data.items,
  });
}

export function useManagedCall(id: string) {
  return useQuery({
    queryKey: callKey(id),
    queryFn: ({ signal }) => api.get<TCallResponse>(callPath(id), signal),
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
    mutationFn: (body: TCreateCallRequest) => api.post<TCallResponse>('/api/calls', body),
    onSuccess: onWritten,
  });
}

export function useUpdateCall(id: string) {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: (body: TUpdateCallRequest) => api.put<TCallResponse>(callPath(id), body),
    onSuccess: onWritten,
  });
}

export function useCloneCall(id: string) {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: () => api.post<TCallResponse>(`${callPath(id)}/clone`),
    onSuccess: onWritten,
  });
}

export function useCallTransition(id: string) {
  const onWritten = useCallWritten();
  return useMutation({
    mutationFn: ({ action, version }: { action: SupportedCallAction; version: number }) =>
      api.post<TCallResponse>(`${callPath(id)}/${action}`, { version }),
    onSuccess: onWritten,
  });
}

/** Re-reads a call from the server, e.g. after a stale-version conflict. */
export function useRefetchCall() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: callKey(id),
      queryFn: () => api.get<TCallResponse>(callPath(id)),
      staleTime: 0,
    });
}
