import type {
  TApplicationResponse,
  TCallApplicationListQuery,
  TCreateApplicationRequest,
  TRequestClarificationRequest,
  TUpdateAnswersRequest,
  TWithdrawApplicationRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

export const applicationKey = (id: string) => ['applications', 'detail', id] as const;
const applicationPath = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'mine'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/organisations/mine', { signal })),
    select: (data) => data.items,
    enabled,
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: ['applications', 'mine'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/mine', { signal })),
    select: (data) => data.items,
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}', { params: { path: { id } }, signal })),
    // Autosave owns the answers on screen; a background refetch must not fight it.
    refetchOnWindowFocus: false,
  });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateApplicationRequest) => unwrap(client.POST('/api/applications', { body })),
    onSuccess: (application) => {
      queryClient.setQueryData(applicationKey(application.id), application);
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine'] });
    },
  });
}

export function saveAnswers(id: string, body: TUpdateAnswersRequest) {
  return unwrap(client.PATCH('/api/applications/{id}/answers', { params: { path: { id } }, body }));
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
    mutationFn: () => unwrap(client.POST('/api/applications/{id}/submit', { params: { path: { id } } })),
    onSuccess: onWritten,
  });
}

export function useWithdrawApplication(id: string) {
  const onWritten = useApplicationWritten();
  return useMutation({
    mutationFn: (body: TWithdrawApplicationRequest) => unwrap(client.POST('/api/applications/{id}/withdraw', { params: { path: { id } }, body })),
    onSuccess: onWritten,
  });
}

/** Deletes a draft; its queries are dropped (not refetched: it no longer exists). */
export function useDeleteDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/applications/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: applicationKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine'] });
    },
  });
}

export function useRequestClarification(id: string) {
  const onWritten = useApplicationWritten();
  return useMutation({
    mutationFn: (body: TRequestClarificationRequest) => unwrap(client.POST('/api/applications/{id}/clarifications', { params: { path: { id } }, body })),
    onSuccess: onWritten,
  });
}

export function useRevisions(id: string) {
  return useQuery({
    queryKey: ['applications', 'revisions', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}/revisions', { params: { path: { id } }, signal })),
    select: (data) => data.items,
  });
}

export function useRevisionCompare(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['applications', 'revisions', id, 'compare', from, to],
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}/revisions/compare', { params: { path: { id }, query: { from: from!, to: to! } }, signal })),
    enabled: from !== null && to !== null && from !== to,
  });
}

export const HISTORY_PAGE_SIZE = 50;

/** One page of an application's history (answer saves grouped into editing sessions by the API). */
export function useHistory(id: string, page = 1) {
  return useQuery({
    queryKey: ['applications', 'history', id, page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}/history', { params: { path: { id }, query: { page, pageSize: HISTORY_PAGE_SIZE } }, signal })),
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

/** Where to ask (POST) for the same filtered, sorted list as a file (every page): the worker writes it (see features/table-exports). */
export function callApplicationsExportUrl(callId: string, filters: CallApplicationFilters, format: 'csv' | 'xlsx'): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return callApplicationsPath(callId, rest).replace('/applications?', '/applications/export?') + `&format=${format}`;
}

/** One page of a call's applications (the API pages, filters and sorts in SQL). */
export function useCallApplications(callId: string, filters: CallApplicationFilters) {
  return useQuery({
    queryKey: ['applications', 'call', callId, filters],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/applications', { params: { path: { callId }, query: filters }, signal })),
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
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{applicationId}/attachments', { params: { path: { applicationId } }, signal })),
    select: (data) => data.items,
  });
}

export function useDeleteAttachment(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => unwrap(client.DELETE('/api/attachments/{id}', { params: { path: { id: attachmentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(applicationId) }),
  });
}

export const attachmentContentPath = (attachmentId: string) =>
  `/api/attachments/${encodeURIComponent(attachmentId)}/content`;
