import type { TCallFormResponse, TSaveCallFormRequest } from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { isApiProblem } from '../../lib/api-problem';

const formKey = (callId: string) => ['calls', 'detail', callId, 'form'] as const;

/** The latest version of a call's form; null when none is defined yet (404). */
export function fetchCallForm(callId: string, signal?: AbortSignal): Promise<TCallFormResponse | null> {
  return unwrap(client.GET('/api/calls/{id}/form', { params: { path: { id: callId } }, signal })).catch(nullWhenNotFound);
}

function nullWhenNotFound(error: unknown): null {
  if (isApiProblem(error) && error.status === 404) return null;
  throw error;
}

export function useCallForm(callId: string) {
  return useQuery({ queryKey: formKey(callId), queryFn: ({ signal }) => fetchCallForm(callId, signal) });
}

export function useSaveCallForm(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveCallFormRequest) => unwrap(client.PUT('/api/calls/{id}/form', { params: { path: { id: callId } }, body })),
    onSuccess: (form) => {
      queryClient.setQueryData(formKey(callId), form);
      void queryClient.invalidateQueries({ queryKey: ['public', 'calls', callId, 'form'] });
    },
  });
}

/** "What will be asked" on the public call page; null when the call has no form yet. */
export function usePublicCallForm(callId: string) {
  return useQuery({
    queryKey: ['public', 'calls', callId, 'form'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/calls/{id}/form', { params: { path: { id: callId } }, signal })).catch(nullWhenNotFound),
  });
}
