import type {
  TApplicantDecisionResponse,
  TApplicationScoresResponse,
  TDecideRequest,
  TDecideResponse,
  TDecisionKind,
  TLetterPreviewRequest,
  TLetterPreviewResponse,
  TLetterTemplateListResponse,
  TLetterTemplateResponse,
  TLetterText,
  TModerateScoreRequest,
  TRankedListQuery,
  TRankedListResponse,
  TSendLettersResponse,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { isApiProblem } from '../../lib/api-problem';

const enc = encodeURIComponent;
const callPath = (callId: string) => `/api/calls/${enc(callId)}`;
const scoresKey = (applicationId: string) => ['decisions', 'scores', applicationId] as const;
const rankingKey = (callId: string) => ['decisions', 'ranking', callId] as const;
const templatesKey = (callId: string) => ['decisions', 'letter-templates', callId] as const;

export function useRanking(callId: string, query: TRankedListQuery, enabled = true) {
  const params = new URLSearchParams(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
  return useQuery({
    queryKey: [...rankingKey(callId), params.toString()],
    queryFn: ({ signal }) => api.get<TRankedListResponse>(`${callPath(callId)}/ranking?${params}`, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && callId !== '',
  });
}

export function useApplicationScores(applicationId: string) {
  return useQuery({
    queryKey: scoresKey(applicationId),
    queryFn: ({ signal }) => api.get<TApplicationScoresResponse>(`/api/applications/${enc(applicationId)}/scores`, signal),
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
    mutationFn: (body: TDecideRequest) => api.post<TDecideResponse>(`/api/applications/${enc(applicationId)}/decision`, body),
    onSuccess: () => refresh(),
  });
}

const scorePath = (applicationId: string, assignmentId: string, criterionId: string) =>
  `/api/applications/${enc(applicationId)}/scores/${enc(assignmentId)}/${enc(criterionId)}`;

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
        api.put<TApplicationScoresResponse>(`${scorePath(applicationId, assignmentId, criterionId)}/moderation`, body),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: ({ assignmentId, criterionId }: { assignmentId: string; criterionId: string }) =>
        api.delete<TApplicationScoresResponse>(`${scorePath(applicationId, assignmentId, criterionId)}/moderation`),
      onSuccess: done,
    }),
    share: useMutation({
      mutationFn: ({ assignmentId, criterionId, shared }: { assignmentId: string; criterionId: string; shared: boolean }) =>
        api.put<TApplicationScoresResponse>(`${scorePath(applicationId, assignmentId, criterionId)}/shared`, { shared }),
      onSuccess: done,
    }),
  };
}

export function useLetterTemplates(callId: string) {
  return useQuery({
    queryKey: templatesKey(callId),
    queryFn: ({ signal }) => api.get<TLetterTemplateListResponse>(`${callPath(callId)}/letter-templates`, signal),
    select: (data) => data.items,
  });
}

export function useSaveLetterTemplate(callId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: templatesKey(callId) });
  return {
    save: useMutation({
      mutationFn: ({ kind, text }: { kind: TDecisionKind; text: TLetterText }) =>
        api.put<TLetterTemplateResponse>(`${callPath(callId)}/letter-templates/${kind}`, text),
      onSuccess: refresh,
    }),
    reset: useMutation({
      mutationFn: (kind: TDecisionKind) => api.delete<TLetterTemplateResponse>(`${callPath(callId)}/letter-templates/${kind}`),
      onSuccess: refresh,
    }),
  };
}

export function useLetterPreview(callId: string) {
  return useMutation({
    mutationFn: (body: TLetterPreviewRequest) => api.post<TLetterPreviewResponse>(`${callPath(callId)}/letters/preview`, body),
  });
}

export function useSendLetters(callId: string) {
  const refresh = useRefreshDecisions();
  return useMutation({
    mutationFn: () => api.post<TSendLettersResponse>(`${callPath(callId)}/letters/send`),
    onSuccess: () => refresh(),
  });
}

/** The applicant's decision; null until the letters were sent (the API answers 404 before). */
export function useApplicantDecision(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', 'decision', applicationId],
    queryFn: async ({ signal }) => {
      try {
        return await api.get<TApplicantDecisionResponse>(`/api/applications/${enc(applicationId)}/decision`, signal);
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

export const exportUrl = (callId: string, kind: 'scores' | 'decisions', format: 'csv' | 'xlsx') => `${callPath(callId)}/exports/${kind}?format=${format}`;
