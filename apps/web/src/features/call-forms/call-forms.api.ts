import type { TCallFormResponse, TPublicCallFormResponse, TSaveCallFormRequest } from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { isApiProblem } from '../../lib/api-problem';

/** A call has two forms built alike: the application form and the report form of its funded projects. */
export type FormPurpose = 'application' | 'report';

const formKey = (callId: string, purpose: FormPurpose = 'application') => ['calls', 'detail', callId, purpose === 'report' ? 'report-form' : 'form'] as const;
const formPath = (callId: string, purpose: FormPurpose = 'application') => `/api/calls/${encodeURIComponent(callId)}/${purpose === 'report' ? 'report-form' : 'form'}`;

/** The latest version of a call's form; null when none is defined yet (404). */
export function fetchCallForm(callId: string, signal?: AbortSignal, purpose: FormPurpose = 'application'): Promise<TCallFormResponse | null> {
  return api.get<TCallFormResponse>(formPath(callId, purpose), signal).catch((error: unknown) => {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  });
}

export function useCallForm(callId: string, purpose: FormPurpose = 'application') {
  return useQuery({ queryKey: formKey(callId, purpose), queryFn: ({ signal }) => fetchCallForm(callId, signal, purpose) });
}

export function useSaveCallForm(callId: string, purpose: FormPurpose = 'application') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveCallFormRequest) => api.put<TCallFormResponse>(formPath(callId, purpose), body),
    onSuccess: (form) => {
      queryClient.setQueryData(formKey(callId, purpose), form);
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
