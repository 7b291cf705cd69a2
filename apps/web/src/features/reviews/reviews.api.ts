import type {
  TConflictDeclarationInput,
  TInviteReviewerRequest,
  TManualAssignmentRequest,
  TReleaseAssignmentRequest,
  TReviewSettingsResponse,
  TSaveReviewDraftRequest,
  TUpdateReviewSettingsRequest,
  TUpdateRubricRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

export const assignmentKey = (id: string) => ['reviews', 'assignment', id] as const;
const callKey = (callId: string) => ['reviews', 'call', callId] as const;

// ---------------------------------------------------------------- reviewer

export function useMyAssignments(page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['reviews', 'mine', page, pageSize],
    queryFn: ({ signal }) => unwrap(client.GET('/api/reviews/assignments', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useReviewAssignment(id: string) {
  return useQuery({
    queryKey: assignmentKey(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/reviews/assignments/{id}', { params: { path: { id } }, signal })),
    // The scoring form owns the drafts on screen; a background refetch must not fight it.
    refetchOnWindowFocus: false,
  });
}

export function useDeclaration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TConflictDeclarationInput) => unwrap(client.POST('/api/reviews/assignments/{id}/declaration', { params: { path: { id } }, body })),
    onSuccess: ({ assignment }) => {
      if (assignment) queryClient.setQueryData(assignmentKey(id), assignment);
      else queryClient.removeQueries({ queryKey: assignmentKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'mine'] });
    },
  });
}

export function saveReviewDraft(id: string, body: TSaveReviewDraftRequest) {
  return unwrap(client.PATCH('/api/reviews/assignments/{id}/draft', { params: { path: { id } }, body }));
}

export function useSubmitReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(client.POST('/api/reviews/assignments/{id}/submit', { params: { path: { id } }, body: { version } })),
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
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/review-settings', { params: { path: { callId } }, signal })),
  });
}

function useSettingsWritten(callId: string) {
  const queryClient = useQueryClient();
  return (settings: TReviewSettingsResponse) => queryClient.setQueryData([...callKey(callId), 'settings'], settings);
}

export function useUpdateReviewSettings(callId: string) {
  const onWritten = useSettingsWritten(callId);
  return useMutation({
    mutationFn: (body: TUpdateReviewSettingsRequest) => unwrap(client.PUT('/api/calls/{callId}/review-settings', { params: { path: { callId } }, body })),
    onSuccess: onWritten,
  });
}

export function useUpdateRubric(callId: string) {
  const onWritten = useSettingsWritten(callId);
  return useMutation({
    mutationFn: (body: TUpdateRubricRequest) => unwrap(client.PUT('/api/calls/{callId}/rubric', { params: { path: { callId } }, body })),
    onSuccess: onWritten,
  });
}

export function useReviewerPool(callId: string, page: number) {
  return useQuery({
    queryKey: [...callKey(callId), 'pool', page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/reviewers', { params: { path: { callId }, query: { page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useReviewerCandidates(callId: string, q: string, page: number) {
  return useQuery({
    queryKey: [...callKey(callId), 'candidates', q, page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/reviewer-candidates', { params: { path: { callId }, query: { q, page, pageSize: 10 } }, signal })),
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
  return useMutation({ mutationFn: (userId: string) => unwrap(client.POST('/api/calls/{callId}/reviewers', { params: { path: { callId } }, body: { userId } })), onSuccess: onWritten });
}

export function useRemoveReviewer(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({ mutationFn: (userId: string) => unwrap(client.DELETE('/api/calls/{callId}/reviewers/{userId}', { params: { path: { callId, userId } } })), onSuccess: onWritten });
}

export function useInviteReviewer(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: (body: TInviteReviewerRequest) => unwrap(client.POST('/api/calls/{callId}/reviewers/invite', { params: { path: { callId } }, body })),
    onSuccess: onWritten,
  });
}

export function useReviewProgress(callId: string, page: number) {
  return useQuery({
    queryKey: [...callKey(callId), 'progress', page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/review-progress', { params: { path: { callId }, query: { page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAutoAssign(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({ mutationFn: () => unwrap(client.POST('/api/calls/{callId}/assignments/auto', { params: { path: { callId } } })), onSuccess: onWritten });
}

export function useManualAssign(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: (body: TManualAssignmentRequest) => unwrap(client.POST('/api/calls/{callId}/assignments', { params: { path: { callId } }, body })),
    onSuccess: onWritten,
  });
}

export function useReleaseAssignment(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: ({ id, ...body }: TReleaseAssignmentRequest & { id: string }) =>
      unwrap(client.POST('/api/review-assignments/{id}/release', { params: { path: { id } }, body })),
    onSuccess: onWritten,
  });
}

export function useReopenReview(callId: string) {
  const onWritten = useCallReviewWritten(callId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unwrap(client.POST('/api/review-assignments/{id}/reopen', { params: { path: { id } }, body: { reason } })),
    onSuccess: onWritten,
  });
}
