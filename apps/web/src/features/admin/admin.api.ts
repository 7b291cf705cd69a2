import type { TAdminProgrammeListQuery, TAdminUserListQuery, TJobsOverviewQuery, TRole } from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

const ADMIN = 'admin';

export function useAdminUsers(query: Partial<TAdminUserListQuery>) {
  return useQuery({
    queryKey: [ADMIN, 'users', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/admin/users', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUser(id: string) {
  return useQuery({
    queryKey: [ADMIN, 'user', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/admin/users/{id}', { params: { path: { id } }, signal })),
  });
}

export type UserChange = { kind: 'assign' | 'revoke'; role: TRole } | { kind: 'deactivate' | 'reactivate' };

export function useChangeUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: UserChange) => {
      const path = { id };
      switch (change.kind) {
        case 'assign':
          return unwrap(client.POST('/api/admin/users/{id}/roles', { params: { path }, body: { role: change.role } }));
        case 'revoke':
          return unwrap(client.DELETE('/api/admin/users/{id}/roles/{role}', { params: { path: { id, role: change.role } } }));
        case 'deactivate':
          return unwrap(client.POST('/api/admin/users/{id}/deactivate', { params: { path } }));
        case 'reactivate':
          return unwrap(client.POST('/api/admin/users/{id}/reactivate', { params: { path } }));
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
    queryFn: ({ signal }) => unwrap(client.GET('/api/admin/programmes', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useChangeStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programmeId, userId, kind }: { programmeId: string; userId: string; kind: 'add' | 'remove' }) =>
      kind === 'add'
        ? unwrap(client.POST('/api/admin/programmes/{id}/staff', { params: { path: { id: programmeId } }, body: { userId } }))
        : unwrap(client.DELETE('/api/admin/programmes/{id}/staff/{userId}', { params: { path: { id: programmeId, userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN, 'programmes'] }),
  });
}

export function useJobsOverview(query: Partial<TJobsOverviewQuery>) {
  return useQuery({
    queryKey: [ADMIN, 'jobs', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/admin/jobs', { params: { query }, signal })),
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
          return unwrap(client.POST('/api/admin/jobs/emails/{id}/requeue', { params: { path: { id: action.id } } }));
        case 'discardEmail':
          return unwrap(client.DELETE('/api/admin/jobs/emails/{id}', { params: { path: { id: action.id } } }));
        case 'retryJob':
          return unwrap(client.POST('/api/admin/jobs/failed/{queue}/{jobId}/retry', { params: { path: { queue: action.queue, jobId: action.id } } }));
        case 'discardJob':
          return unwrap(client.DELETE('/api/admin/jobs/failed/{queue}/{jobId}', { params: { path: { queue: action.queue, jobId: action.id } } }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN, 'jobs'] }),
  });
}
