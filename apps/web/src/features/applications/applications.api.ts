import type {
  TApplicationHistoryResponse,
  TApplicationResponse,
  TApplicationRevisionListResponse,
  TCallApplicationListQuery,
  TCallApplicationListResponse,
  TCreateApplicationRequest,
  TMyApplicationListResponse,
  TOrganisationListResponse,
  TRequestClarificationRequest,
  TRevisionCompareResponse,
  TUpdateAnswersRequest,
  TUpdateAnswersResponse,
  TWithdrawApplicationRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { UploadedAttachment } from './upload';

export const applicationKey = (id: string) => ['applications', 'detail', id] as const;
const applicationPath = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'mine'],
    queryFn: ({ signal }) => api.get<TOrganisationListResponse>('/api/organisations/mine', signal),
    select: (data) => data.items,
    enabled,
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: ['applications', 'mine'],
    queryFn: ({ signal }) => api.get<TMyApplicationListResponse>('/api/applications/mine', signal),
    select: (data) => data.items,
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: ({ signal }) => api.get<TApplicationResponse>(applicationPath(id), signal),
    // Autosave owns the answers on screen; a background refetch must not fight it.
    refetchOnWindowFocus: false,
  });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateApplicationRequest) => api.post<TApplicationResponse>('/api/applications', body),
    onSuccess: (application) => {
      queryClient.setQueryData(applicationKey(application.id), application);
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine'] });
    },
  });
}

export function saveAnswers(id: string, body: TUpdateAnswersRequest) {
  return api.patch<TUpdateAnswersResponse>(`${applicationPath(id)}/answers`, body);
}

function useApplicationWritten() {
  const queryClient = useQueryClient();
  return (application: TApplicationResponse) => {
    queryClient.setQueryData(applicationKey(application.id), application);
    void queryClient.invalidateQueries({ queryKey: ['applications', 'mine'] });
    void queryClient.invalidateQueries({ queryKey: ['applications', 'call'] });
    void queryClient.invalidateQueries({ queryKey: ['applications', 'revisions', application.id] });
    void queryClient.invalidateQueries({ queryKey: ['applications', 'history', application.id] });
  };
}

export function useSubmitApplication(id: string) {
  const onWritten = useApplicationWritten();
  return useMutation({
    mutationFn: () => api.post<TApplicationResponse>(`${applicationPath(id)}/submit`),
    onSuccess: onWritten,
  });
}

export function useWithdrawApplication(id: string) {
  const onWritten = useApplicationWritten();
  return useMutation({
    mutationFn: (body: TWithdrawApplicationRequest) => api.post<TApplicationResponse>(`${applicationPath(id)}/withdraw`, body),
    onSuccess: onWritten,
  });
}

/** Deletes a draft; its queries are dropped (not refetched: it no longer exists). */
export function useDeleteDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(applicationPath(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: applicationKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine'] });
    },
  });
}

export function useRequestClarification(id: string) {
  const onWritten = useApplicationWritten();
  return useMutation({
    mutationFn: (body: TRequestClarificationRequest) =>
      api.post<TApplicationResponse>(`${applicationPath(id)}/clarifications`, body),
    onSuccess: onWritten,
  });
}

export function useRevisions(id: string) {
  return useQuery({
    queryKey: ['applications', 'revisions', id],
    queryFn: ({ signal }) => api.get<TApplicationRevisionListResponse>(`${applicationPath(id)}/revisions`, signal),
    select: (data) => data.items,
  });
}

export function useRevisionCompare(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['applications', 'revisions', id, 'compare', from, to],
    queryFn: ({ signal }) =>
      api.get<TRevisionCompareResponse>(`${applicationPath(id)}/revisions/compare?from=${from}&to=${to}`, signal),
    enabled: from !== null && to !== null && from !== to,
  });
}

export const HISTORY_PAGE_SIZE = 50;

/** One page of an application's history (answer saves grouped into editing sessions by the API). */
export function useHistory(id: string, page = 1) {
  return useQuery({
    queryKey: ['applications', 'history', id, page],
    queryFn: ({ signal }) =>
      api.get<TApplicationHistoryResponse>(`${applicationPath(id)}/history?page=${page}&pageSize=${HISTORY_PAGE_SIZE}`, signal),
    placeholderData: keepPreviousData,
  });
}

export type CallApplicationFilters = Partial<Omit<TCallApplicationListQuery, 'sort' | 'order'>> &
  Pick<TCallApplicationListQuery, 'sort' | 'order'>;

export function callApplicationsPath(callId: string, filters: CallApplicationFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return `/api/calls/${encodeURIComponent(callId)}/applications?${params.toString()}`;
}

/** The same filtered, sorted list as a download (every page); the session cookie authorises it. */
export function callApplicationsExportUrl(callId: string, filters: CallApplicationFilters, format: 'csv' | 'xlsx'): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return callApplicationsPath(callId, rest).replace('/applications?', '/applications/export?') + `&format=${format}`;
}

/** One page of a call's applications (the API pages, filters and sorts in SQL). */
export function useCallApplications(callId: string, filters: CallApplicationFilters) {
  return useQuery({
    queryKey: ['applications', 'call', callId, filters],
    queryFn: ({ signal }) => api.get<TCallApplicationListResponse>(callApplicationsPath(callId, filters), signal),
    placeholderData: keepPreviousData,
  });
}

/** The PDF copy of a submitted revision, as the API renders it (members and staff). */
export const revisionPdfUrl = (applicationId: string, number: number, locale: 'lv' | 'en') =>
  `${applicationPath(applicationId)}/revisions/${number}/pdf?locale=${locale}`;

/* ---------- attachments ---------- */

export const attachmentsKey = (applicationId: string) => ['applications', 'attachments', applicationId] as const;

export function useAttachments(applicationId: string) {
  return useQuery({
    queryKey: attachmentsKey(applicationId),
    queryFn: ({ signal }) =>
      api.get<{ items: UploadedAttachment[] }>(`${applicationPath(applicationId)}/attachments`, signal),
    select: (data) => data.items,
  });
}

export function useDeleteAttachment(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete(`/api/attachments/${encodeURIComponent(attachmentId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(applicationId) }),
  });
}

export const attachmentContentPath = (attachmentId: string) =>
  `/api/attachments/${encodeURIComponent(attachmentId)}/content`;
