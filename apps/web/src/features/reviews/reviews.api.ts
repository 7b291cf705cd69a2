import type {
  TAutoAssignmentResponse,
  TConflictDeclarationInput,
  TInviteReviewerRequest,
  TManualAssignmentRequest,
  TMyAssignmentListResponse,
  TReleaseAssignmentRequest,
  TReviewAssignmentResponse,
  TReviewerCandidateListResponse,
  TReviewerPoolResponse,
  TReviewProgressResponse,
  TReviewSettingsResponse,
  TSaveReviewDraftRequest,
  TUpdateReviewSettingsRequest,
  TUpdateRubricRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const enc = encodeURIComponent;
const assignmentPath = (id: string) => `/api/reviews/assignments/${enc(id)}`;
const callPath = (callId: string) => `/api/calls/${enc(callId)}`;
export const assignmentKey = (id: string) => ['reviews', 'assignment', id] as const;
const callKey = (callId: string) => ['reviews', 'call', callId] as const;

// ---------------------------------------------------------------- reviewer

export function useMyAssignments(page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['reviews', 'mine', page, pageSize],
    queryFn: ({ signal }) => api.get<TMyAssignmentListResponse>(`/api/reviews/assignments?page=${page}&pageSize=${pageSize}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReviewAssignment(id: string) {
  return useQuery({
    queryKey: assignmentKey(id),
    queryFn: ({ signal }) => api.get<TReviewAssignmentResponse>(assignmentPath(id), signal),
    // The scoring form owns the drafts on screen; a background refetch must not fight it.
    refetchOnWindowFocus: false,
  });
}

export function useDeclaration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TConflictDeclarationInput) =>
      api.post<{ assignment: TReviewAssignmentResponse | null }>(`${assignmentPath(id)}/declaration`, body),
    onSuccess: ({ assignment }) => {
      if (assignment) queryClient.setQueryData(assignmentKey(id), assignment);
      else queryClient.removeQueries({ queryKey: assignmentKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'mine'] });
    },
  });
}

export function saveReviewDraft(id: string, body: TSaveReviewDraftRequest) {
  return api.patch<TReviewAssignmentResponse>(`${assignmentPath(id)}/draft`, body);
}

export function useSubmitReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<TReviewAssignmentResponse>(`${assignmentPath(id)}/submit`, { version }),
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKey(id), assignment);
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'mine'] });
    },
  });
}

// ---------------------------------------------------------------- coordinator

export function useReviewSettings(callId: string) {
  return useQuery({
    queryKey: [...callKey(callId), 'settings'],
    queryFn: ({ signal }) => api.get<TReviewSettingsResponse>(`${callPath(callId)}/review-settings`, signal),
  });
}

function useSettingsWritten(callId: string) {
  const queryClient = useQueryClient();
  return (settings: TReviewSettingsResponse) => queryClient.setQueryData([...callKey(callId), 'settings'], settings);
}

export function useUpdateReviewSettings(callId: string) {
  const onWritten = useSettingsWritten(callId);
  return useMutation({
    mutationFn: (body: TUpdateReviewSettingsRequest) => api.put<TReviewSettingsResponse>(`${callPath(callId)}/review-settings`, body),
    onSuccess: onWritten,
  });
}

export function useUpdateRubric(callId: string) {
  const onWritten = useSettingsWritten(callId);
  return useMutation({
    mutationFn: (body: TUpdateRubricRequest) => api.put<TReviewSettingsResponse>(`${callPath(callId)}/rubric`, body),
    onSuccess: onWritten,
  });
}

export function useReviewerPool(callId: string, page: number) {
  return useQuery({
    queryKey: [...callKey(callId), 'pool', page],
    queryFn: ({ signal }) => api.get<TReviewerPoolResponse>(`${callPath(callId)}/reviewers?page=${page}&pageSize=20`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReviewerCandidates(callId: string, q: string, page: number) {
  return useQuery({
    queryKey: [...callKey(callId), 'candidates', q, page],
    queryFn: ({ signal }) =>
      api.get<TReviewerCandidateListResponse>(`${callPath(callId)}/reviewer-candidates?q=${enc(q)}&page=${page}&pageSize=10`, signal),
    placeholderData: keepPreviousData,
  });
}

/** Any change to the pool or assignments: pool, candidates and progress may all have changed. */
function useCallReviewWritten(callId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: [...callKey(callId), 'pool'] });
    void queryClient.invalidateQueries({ queryKey: [...callKey(callId), 'candidates'] });
    void queryClient.invalidateQueries({ queryKey: [...callKey(callId), 'progress'] });
  };
}

export function useAddReviewer(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({ mutationFn: (userId: string) => api.post<void>(`${callPath(callId)}/reviewers`, { userId }), onSuccess: onWritten });
}

export function useRemoveReviewer(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({ mutationFn: (userId: string) => api.delete(`${callPath(callId)}/reviewers/${enc(userId)}`), onSuccess: onWritten });
}

export function useInviteReviewer(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: (body: TInviteReviewerRequest) => api.post<{ userId: string; created: boolean }>(`${callPath(callId)}/reviewers/invite`, body),
    onSuccess: onWritten,
  });
}

export function useReviewProgress(callId: string, page: number) {
  return useQuery({
    queryKey: [...callKey(callId), 'progress', page],
    queryFn: ({ signal }) => api.get<TReviewProgressResponse>(`${callPath(callId)}/review-progress?page=${page}&pageSize=20`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAutoAssign(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({ mutationFn: () => api.post<TAutoAssignmentResponse>(`${callPath(callId)}/assignments/auto`), onSuccess: onWritten });
}

export function useManualAssign(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: (body: TManualAssignmentRequest) => api.post<{ created: number }>(`${callPath(callId)}/assignments`, body),
    onSuccess: onWritten,
  });
}

export function useReleaseAssignment(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: ({ id, ...body }: TReleaseAssignmentRequest & { id: string }) =>
      api.post<{ replacedBy: string | null }>(`/api/review-assignments/${enc(id)}/release`, body),
    onSuccess: onWritten,
  });
}

export function useReopenReview(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<void>(`/api/review-assignments/${enc(id)}/reopen`, { reason }),
    onSuccess: onWritten,
  });
}
