import type { TCallFormResponse, TPublicCallFormResponse, TSaveCallFormRequest } from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { isApiProblem } from '../../lib/api-problem';

const formKey = (callId: string) => ['calls', 'detail', callId, 'form'] as const;
const formPath = (callId: string) => `/api/calls/${encodeURIComponent(callId)}/form`;

/** The latest version of a call's form; null when none is defined yet (404). */
export function fetchCallForm(callId: string, signal?: AbortSignal): Promise<TCallFormResponse | null> {
  return api.get<TCallFormResponse>(formPath(callId), signal).catch((error: unknown) => {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  });
}

export function useCallForm(callId: string) {
  return useQuery({ queryKey: formKey(callId), queryFn: ({ signal }) => fetchCallForm(callId, signal) });
}

export function useSaveCallForm(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveCallFormRequest) => api.put<TCallFormResponse>(formPath(callId), body),
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
    queryFn: ({ signal }) =>
      api.get<TPublicCallFormResponse>(`/api/public/calls/${encodeURIComponent(callId)}/form`, signal).catch((error: unknown) => {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }),
  });
}
