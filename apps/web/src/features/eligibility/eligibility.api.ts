import type { TEligibilityChecklistItem, TEligibilityDetailResponse, TEligibilityListQuery } from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

const KEY = ['eligibility'] as const;

export type EligibilityFilters = Pick<TEligibilityListQuery, 'page' | 'pageSize' | 'status' | 'checks'>;

export function useCallEligibility(callId: string, filters: EligibilityFilters) {
  return useQuery({
    queryKey: [...KEY, 'call', callId, filters],
    queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{id}/eligibility', { params: { path: { id: callId }, query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationEligibility(applicationId: string) {
  return useQuery({
    queryKey: [...KEY, 'application', applicationId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}/eligibility', { params: { path: { id: applicationId } }, signal })),
  });
}

export function useSaveChecklist(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; items: TEligibilityChecklistItem[] }) =>
      unwrap(client.PUT('/api/calls/{id}/eligibility-checklist', { params: { path: { id: callId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

function useDetailMutation<TBody>(applicationId: string, send: (body: TBody) => Promise<TEligibilityDetailResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => queryClient.setQueryData([...KEY, 'application', applicationId], data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...KEY, 'call'] }),
  });
}

export function useSaveTicks(applicationId: string) {
  return useDetailMutation(applicationId, (body: { version: number; ticks: Record<string, boolean> }) =>
    unwrap(client.PUT('/api/applications/{id}/eligibility/checklist', { params: { path: { id: applicationId } }, body })),
  );
}

/** An eligibility outcome and the call that records it. */
const OUTCOME_CALLS = {
  markEligible: (id: string, body: { reason?: string }) => client.POST('/api/applications/{id}/eligibility/mark-eligible', { params: { path: { id } }, body }),
  markIneligible: (id: string, body: { reason?: string }) => client.POST('/api/applications/{id}/eligibility/mark-ineligible', { params: { path: { id } }, body }),
  revertEligibility: (id: string, body: { reason?: string }) => client.POST('/api/applications/{id}/eligibility/revert', { params: { path: { id } }, body }),
};
export type TOutcomeAction = keyof typeof OUTCOME_CALLS;

export function useDecideEligibility(applicationId: string) {
  return useDetailMutation(applicationId, ({ action, reason }: { action: TOutcomeAction; reason?: string }) =>
    unwrap(OUTCOME_CALLS[action](applicationId, reason ? { reason } : {})),
  );
}

export function useMarkPassingEligible(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds: string[]) =>
      unwrap(client.POST('/api/calls/{id}/eligibility/mark-passing-eligible', { params: { path: { id: callId } }, body: { applicationIds } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useApplicantEligibility(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'applicant', applicationId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/applications/{id}/eligibility-outcome', { params: { path: { id: applicationId } }, signal })),
    enabled,
  });
}
