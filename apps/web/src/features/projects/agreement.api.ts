import {
  CSRF_HEADER,
  SIGNED_COPY_UPLOAD_FIELD,
  type TAgreementDocument,
  type TProjectListQuery,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { getCsrfToken } from '../../lib/api-middleware';
import { problemFromResponse } from '../../lib/api-problem';

const enc = encodeURIComponent;

const agreementKey = (projectId: string) => ['projects', 'agreement', projectId] as const;

export function useProjectAgreement(projectId: string) {
  return useQuery({
    queryKey: agreementKey(projectId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/projects/{id}/agreement', { params: { path: { id: projectId } }, signal })),
  });
}

/** A stored agreement file as a download link (the session cookie authorises it). */
export function agreementDocumentUrl(projectId: string, documentId: string): string {
  return `/api/projects/${enc(projectId)}/agreement/documents/${enc(documentId)}/content`;
}

/** After a new agreement file the project (its version and what activation still needs) and its timeline change too. */
function useAgreementWrite<TVariables>(projectId: string, write: (variables: TVariables) => Promise<TAgreementDocument>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agreementKey(projectId) });
      void queryClient.invalidateQueries({ queryKey: ['projects', 'one', projectId] });
      void queryClient.invalidateQueries({ queryKey: ['projects', 'timeline', projectId] });
    },
  });
}

export function useIssueAgreement(projectId: string) {
  return useAgreementWrite(projectId, () => unwrap(client.POST('/api/projects/{id}/agreement/issue', { params: { path: { id: projectId } } })));
}

export function useUploadSignedCopy(projectId: string) {
  return useAgreementWrite(projectId, async (file: File) => {
    const body = new FormData();
    body.append(SIGNED_COPY_UPLOAD_FIELD, file);
    const response = await fetch(`/api/projects/${enc(projectId)}/agreement/signed-copies`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: await getCsrfToken() },
    });
    if (!response.ok) throw await problemFromResponse(response);
    return (await response.json()) as TAgreementDocument;
  });
}

export function useProjectTimeline(projectId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['projects', 'timeline', projectId, page, pageSize],
    queryFn: ({ signal }) => unwrap(client.GET('/api/projects/{id}/timeline', { params: { path: { id: projectId }, query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePaymentsDue(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['projects', 'payments-due', page, pageSize],
    queryFn: ({ signal }) => unwrap(client.GET('/api/projects/payments-due', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Where to ask (POST) for the call's projects (or their payments, or reports) as a file, with exactly the list's filters: the worker writes it (see features/table-exports). */
export function callProjectsExportUrl(
  callId: string,
  table: 'projects' | 'payments' | 'reports',
  filters: Pick<TProjectListQuery, 'status' | 'municipality' | 'paymentDue' | 'reportOverdue'>,
  format: 'csv' | 'xlsx',
): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return `/api/calls/${enc(callId)}/projects/${table === 'projects' ? 'export' : `${table}/export`}?${params.toString()}`;
}
