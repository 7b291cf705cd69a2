import type {
  TApplicantEligibilityResponse,
  TBulkMarkEligibleResponse,
  TEligibilityChecklistItem,
  TEligibilityChecklistResponse,
  TEligibilityDetailResponse,
  TEligibilityListQuery,
  TEligibilityListResponse,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const KEY = ['eligibility'] as const;
const id = encodeURIComponent;

export type EligibilityFilters = Pick<TEligibilityListQuery, 'page' | 'pageSize' | 'status' | 'checks'>;

export function useCallEligibility(callId: string, filters: EligibilityFilters) {
  const query = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  if (filters.status) query.set('status', filters.status);
  if (filters.checks) query.set('checks', filters.checks);
  return useQuery({
    queryKey: [...KEY, 'call', callId, filters],
    queryFn: ({ signal }) => api.get<TEligibilityListResponse>(`/api/calls/${id(callId)}/eligibility?${query}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationEligibility(applicationId: string) {
  return useQuery({
    queryKey: [...KEY, 'application', applicationId],
    queryFn: ({ signal }) => api.get<TEligibilityDetailResponse>(`/api/applications/${id(applicationId)}/eligibility`, signal),
  });
}

export function useSaveChecklist(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; items: TEligibilityChecklistItem[] }) =>
      api.put<TEligibilityChecklistResponse>(`/api/calls/${id(callId)}/eligibility-checklist`, body),
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
    api.put<TEligibilityDetailResponse>(`/api/applications/${id(applicationId)}/eligibility/checklist`, body),
  );
}

export const OUTCOME_PATHS = { markEligible: 'mark-eligible', markIneligible: 'mark-ineligible', revertEligibility: 'revert' } as const;
export type TOutcomeAction = keyof typeof OUTCOME_PATHS;

export function useDecideEligibility(applicationId: string) {
  return useDetailMutation(applicationId, ({ action, reason }: { action: TOutcomeAction; reason?: string }) =>
    api.post<TEligibilityDetailResponse>(`/api/applications/${id(applicationId)}/eligibility/${OUTCOME_PATHS[action]}`, reason ? { reason } : {}),
  );
}

export function useMarkPassingEligible(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds: string[]) =>
      api.post<TBulkMarkEligibleResponse>(`/api/calls/${id(callId)}/eligibility/mark-passing-eligible`, { applicationIds }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useApplicantEligibility(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'applicant', applicationId],
    queryFn: ({ signal }) => api.get<TApplicantEligibilityResponse>(`/api/applications/${id(applicationId)}/eligibility-outcome`, signal),
    enabled,
  });
}
