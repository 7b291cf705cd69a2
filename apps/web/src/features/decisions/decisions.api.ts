import type {
  TApplicationScoresResponse,
  TDecideRequest,
  TDecisionKind,
  TLetterPreviewRequest,
  TLetterText,
  TModerateScoreRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type QueryOf } from '../../lib/api-client';
import { isApiProblem } from '../../lib/api-problem';

const enc = encodeURIComponent;
const callPath = (callId: string) => `/api/calls/${enc(callId)}`;
const scoresKey = (applicationId: string) => ['decisions', 'scores', applicationId] as const;
const rankingKey = (callId: string) => ['decisions', 'ranking', callId] as const;
const templatesKey = (callId: string) => ['decisions', 'letter-templates', callId] as const;

export function useRanking(callId: string, query: QueryOf<'/api/calls/{callId}/ranking'>, enabled = true) {
  return useQuery({
    queryKey: [...rankingKey(callId), query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/ranking', { params: { path: { callId }, query }, signal })),
    placeholderData: keepPreviousData,
    enabled: enabled && callId !== '',
  });
}

export function useApplicationScores(applicationId: string) {
  return useQuery({
    queryKey: scoresKey(applicationId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}/scores', { params: { path: { id: applicationId } }, signal })),
  });
}

/** Refreshes every view a decision or moderation changes: scores, the ranked list and its budget line. */
function useRefreshDecisions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['decisions'] });
}

export function useDecide(applicationId: string) {
  const refresh = useRefreshDecisions();
  return useMutation({
    mutationFn: (body: TDecideRequest) => unwrap(client.POST('/api/applications/{id}/decision', { params: { path: { id: applicationId } }, body })),
    onSuccess: () => refresh(),
  });
}


export function useModerateScore(applicationId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshDecisions();
  const done = (data: TApplicationScoresResponse) => {
    queryClient.setQueryData(scoresKey(applicationId), data);
    void refresh();
  };
  return {
    moderate: useMutation({
      mutationFn: ({ assignmentId, criterionId, body }: { assignmentId: string; criterionId: string; body: TModerateScoreRequest }) =>
        unwrap(client.PUT('/api/applications/{id}/scores/{assignmentId}/{criterionId}/moderation', { params: { path: { id: applicationId, assignmentId, criterionId } }, body })),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: ({ assignmentId, criterionId }: { assignmentId: string; criterionId: string }) =>
        unwrap(client.DELETE('/api/applications/{id}/scores/{assignmentId}/{criterionId}/moderation', { params: { path: { id: applicationId, assignmentId, criterionId } } })),
      onSuccess: done,
    }),
    share: useMutation({
      mutationFn: ({ assignmentId, criterionId, shared }: { assignmentId: string; criterionId: string; shared: boolean }) =>
        unwrap(client.PUT('/api/applications/{id}/scores/{assignmentId}/{criterionId}/shared', { params: { path: { id: applicationId, assignmentId, criterionId } }, body: { shared } })),
      onSuccess: done,
    }),
  };
}

export function useLetterTemplates(callId: string) {
  return useQuery({
    queryKey: templatesKey(callId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/letter-templates', { params: { path: { callId } }, signal })),
    select: (data) => data.items,
  });
}

export function useSaveLetterTemplate(callId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: templatesKey(callId) });
  return {
    save: useMutation({
      mutationFn: ({ kind, text }: { kind: TDecisionKind; text: TLetterText }) =>
        unwrap(client.PUT('/api/calls/{callId}/letter-templates/{kind}', { params: { path: { callId, kind } }, body: text })),
      onSuccess: refresh,
    }),
    reset: useMutation({
      mutationFn: (kind: TDecisionKind) => unwrap(client.DELETE('/api/calls/{callId}/letter-templates/{kind}', { params: { path: { callId, kind } } })),
      onSuccess: refresh,
    }),
  };
}

export function useLetterPreview(callId: string) {
  return useMutation({
    mutationFn: (body: TLetterPreviewRequest) => unwrap(client.POST('/api/calls/{callId}/letters/preview', { params: { path: { callId } }, body })),
  });
}

export function useSendLetters(callId: string) {
  const refresh = useRefreshDecisions();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/calls/{callId}/letters/send', { params: { path: { callId } } })),
    onSuccess: () => refresh(),
  });
}

/** The applicant's decision; null until the letters were sent (the API answers 404 before). */
export function useApplicantDecision(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', 'decision', applicationId],
    queryFn: async ({ signal }) => {
      try {
        return await unwrap(client.GET('/api/applications/{id}/decision', { params: { path: { id: applicationId } }, signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

/** Where to ask (POST) for the score matrix or the decision list as a file: the worker writes it (see features/table-exports). */
export const exportUrl = (callId: string, kind: 'scores' | 'decisions', format: 'csv' | 'xlsx') => `${callPath(callId)}/exports/${kind}?format=${format}`;
