import type {
  TProjectDetail,
  TProjectListQuery,
  TProjectListResponse,
  TProjectTransitionRequest,
  TSaveTranchesRequest,
  TTrancheTransitionRequest,
  TUpdateProjectRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const enc = encodeURIComponent;

function searchOf(query: object): string {
  return new URLSearchParams(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [key, String(value)]),
  ).toString();
}

export function useCallProjects(callId: string, query: TProjectListQuery) {
  const search = searchOf(query);
  return useQuery({
    queryKey: ['projects', 'call', callId, search],
    queryFn: ({ signal }) => api.get<TProjectListResponse>(`/api/calls/${enc(callId)}/projects?${search}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMyProjects(page: number) {
  return useQuery({
    queryKey: ['projects', 'mine', page],
    queryFn: ({ signal }) => api.get<TProjectListResponse>(`/api/projects/mine?page=${page}`, signal),
    placeholderData: keepPreviousData,
  });
}

const projectKey = (id: string) => ['projects', 'one', id] as const;

export function useProject(id: string) {
  return useQuery({ queryKey: projectKey(id), queryFn: ({ signal }) => api.get<TProjectDetail>(`/api/projects/${enc(id)}`, signal) });
}

/** Every write answers with the project as it now is: show that, and let lists refetch. */
function useProjectWrite<TVariables>(id: string, write: (variables: TVariables) => Promise<TProjectDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (project) => {
      queryClient.setQueryData(projectKey(id), project);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'call'] });
      void queryClient.invalidateQueries({ queryKey: ['projects', 'mine'] });
    },
  });
}

export function useUpdateProject(id: string) {
  return useProjectWrite(id, (body: TUpdateProjectRequest) => api.patch<TProjectDetail>(`/api/projects/${enc(id)}`, body));
}

export function useProjectTransition(id: string) {
  return useProjectWrite(id, (body: TProjectTransitionRequest) => api.post<TProjectDetail>(`/api/projects/${enc(id)}/transitions`, body));
}

export function useTrancheTransition(id: string) {
  return useProjectWrite(id, ({ trancheId, body }: { trancheId: string; body: TTrancheTransitionRequest }) =>
    api.post<TProjectDetail>(`/api/projects/${enc(id)}/tranches/${enc(trancheId)}/transitions`, body),
  );
}

export function useSavePlannedTranches(id: string) {
  return useProjectWrite(id, (body: TSaveTranchesRequest) => api.put<TProjectDetail>(`/api/projects/${enc(id)}/tranches`, body));
}
