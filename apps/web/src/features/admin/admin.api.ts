import type {
  TAdminProgrammeListQuery,
  TAdminProgrammeListResponse,
  TAdminProgrammeStaff,
  TAdminUserDetail,
  TAdminUserListQuery,
  TAdminUserListResponse,
  TJobsOverviewQuery,
  TJobsOverviewResponse,
  TRole,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const ADMIN = 'admin';

function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useAdminUsers(query: Partial<TAdminUserListQuery>) {
  return useQuery({
    queryKey: [ADMIN, 'users', query],
    queryFn: ({ signal }) => api.get<TAdminUserListResponse>(`/api/admin/users${queryString(query)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUser(id: string) {
  return useQuery({
    queryKey: [ADMIN, 'user', id],
    queryFn: ({ signal }) => api.get<TAdminUserDetail>(`/api/admin/users/${id}`, signal),
  });
}

export type UserChange = { kind: 'assign' | 'revoke'; role: TRole } | { kind: 'deactivate' | 'reactivate' };

export function useChangeUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: UserChange) => {
      switch (change.kind) {
        case 'assign':
          return api.post<TAdminUserDetail>(`/api/admin/users/${id}/roles`, { role: change.role });
        case 'revoke':
          return api.delete<TAdminUserDetail>(`/api/admin/users/${id}/roles/${change.role}`);
        default:
          return api.post<TAdminUserDetail>(`/api/admin/users/${id}/${change.kind}`);
      }
    },
    onSuccess: (user) => {
      queryClient.setQueryData([ADMIN, 'user', id], user);
      void queryClient.invalidateQueries({ queryKey: [ADMIN, 'users'] });
    },
  });
}

export function useAdminProgrammes(query: Partial<TAdminProgrammeListQuery>) {
  return useQuery({
    queryKey: [ADMIN, 'programmes', query],
    queryFn: ({ signal }) => api.get<TAdminProgrammeListResponse>(`/api/admin/programmes${queryString(query)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useChangeStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programmeId, userId, kind }: { programmeId: string; userId: string; kind: 'add' | 'remove' }) =>
      kind === 'add'
        ? api.post<TAdminProgrammeStaff>(`/api/admin/programmes/${programmeId}/staff`, { userId })
        : api.delete<TAdminProgrammeStaff>(`/api/admin/programmes/${programmeId}/staff/${userId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN, 'programmes'] }),
  });
}

export function useJobsOverview(query: Partial<TJobsOverviewQuery>) {
  return useQuery({
    queryKey: [ADMIN, 'jobs', query],
    queryFn: ({ signal }) => api.get<TJobsOverviewResponse>(`/api/admin/jobs${queryString(query)}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

export type JobAction =
  | { kind: 'requeueEmail' | 'discardEmail'; id: string }
  | { kind: 'retryJob' | 'discardJob'; queue: string; id: string };

export function useJobAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: JobAction) => {
      switch (action.kind) {
        case 'requeueEmail':
          return api.post<void>(`/api/admin/jobs/emails/${action.id}/requeue`);
        case 'discardEmail':
          return api.delete(`/api/admin/jobs/emails/${action.id}`);
        case 'retryJob':
          return api.post<void>(`/api/admin/jobs/failed/${encodeURIComponent(action.queue)}/${encodeURIComponent(action.id)}/retry`);
        case 'discardJob':
          return api.delete(`/api/admin/jobs/failed/${encodeURIComponent(action.queue)}/${encodeURIComponent(action.id)}`);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN, 'jobs'] }),
  });
}
