import type { TCallFormResponse, TSaveCallFormRequest } from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { isApiProblem } from '../../lib/api-problem';

/** A call has two forms built alike: the application form and the report form of its funded projects. */
export type FormPurpose = 'application' | 'report';

const formKey = (callId: string, purpose: FormPurpose = 'application') => ['calls', 'detail', callId, purpose === 'report' ? 'report-form' : 'form'] as const;
/** The latest version of a call's form; null when none is defined yet (404). */
export function fetchCallForm(callId: string, signal?: AbortSignal, purpose: FormPurpose = 'application'): Promise<TCallFormResponse | null> {
  const request =
    purpose === 'report'
      ? client.GET('/api/calls/{callId}/report-form', { params: { path: { callId } }, signal })
      : client.GET('/api/calls/{id}/form', { params: { path: { id: callId } }, signal });
  return unwrap(request).catch(nullWhenNotFound);
}

function nullWhenNotFound(error: unknown): null {
  if (isApiProblem(error) && error.status === 404) return null;
  throw error;
}

export function useCallForm(callId: string, purpose: FormPurpose = 'application') {
  return useQuery({ queryKey: formKey(callId, purpose), queryFn: ({ signal }) => fetchCallForm(callId, signal, purpose) });
}

export function useSaveCallForm(callId: string, purpose: FormPurpose = 'application') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveCallFormRequest) =>
      unwrap(
        purpose === 'report'
          ? client.PUT('/api/calls/{callId}/report-form', { params: { path: { callId } }, body })
          : client.PUT('/api/calls/{id}/form', { params: { path: { id: callId } }, body }),
      ),
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
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/calls/{id}/form', { params: { path: { id: callId } }, signal })).catch(nullWhenNotFound),
  });
}
