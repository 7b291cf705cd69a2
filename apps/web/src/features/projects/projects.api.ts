import type {
  TProjectDetail,
  TProjectTransitionRequest,
  TSaveTranchesRequest,
  TTrancheTransitionRequest,
  TUpdateProjectRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type QueryOf } from '../../lib/api-client';

export function useCallProjects(callId: string, query: QueryOf<'/api/calls/{callId}/projects'>) {
  return useQuery({
    queryKey: ['projects', 'call', callId, query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/projects', { params: { path: { callId }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useMyProjects(page: number) {
  return useQuery({
    queryKey: ['projects', 'mine', page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/projects/mine', { params: { query: { page } }, signal })),
    placeholderData: keepPreviousData,
  });
}

const projectKey = (id: string) => ['projects', 'one', id] as const;

export function useProject(id: string) {
  return useQuery({ queryKey: projectKey(id), queryFn: ({ signal }) => unwrap(client.GET('/api/projects/{id}', { params: { path: { id } }, signal })) });
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
  return useProjectWrite(id, (body: TUpdateProjectRequest) => unwrap(client.PATCH('/api/projects/{id}', { params: { path: { id } }, body })));
}

export function useProjectTransition(id: string) {
  return useProjectWrite(id, (body: TProjectTransitionRequest) => unwrap(client.POST('/api/projects/{id}/transitions', { params: { path: { id } }, body })));
}

export function useTrancheTransition(id: string) {
  return useProjectWrite(id, ({ trancheId, body }: { trancheId: string; body: TTrancheTransitionRequest }) =>
    unwrap(client.POST('/api/projects/{id}/tranches/{trancheId}/transitions', { params: { path: { id, trancheId } }, body })),
  );
}

export function useSavePlannedTranches(id: string) {
  return useProjectWrite(id, (body: TSaveTranchesRequest) =>
    unwrap(client.PUT('/api/projects/{id}/tranches', { params: { path: { id } }, body })),
  );
}
