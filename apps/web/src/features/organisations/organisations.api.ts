import type {
  TAcceptInvitationRequest,
  TClaimListResponse,
  TClaimOrganisationRequest,
  TClaimResponse,
  TClaimStatus,
  TCreateOrganisationRequest,
  TInvitationListResponse,
  TInvitationResponse,
  TInviteMemberRequest,
  TMemberListResponse,
  TMemberResponse,
  TOrganisationListResponse,
  TOrganisationResponse,
  TOrganisationRole,
  TUpdateOrganisationRequest,
  TOrganisationSearchResponse,
} from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const ORGANISATIONS_KEY = ['organisations'] as const;
const MINE_KEY = [...ORGANISATIONS_KEY, 'mine'] as const;
const organisationKey = (id: string) => [...ORGANISATIONS_KEY, 'detail', id] as const;
const membersKey = (id: string) => [...ORGANISATIONS_KEY, 'detail', id, 'members'] as const;
const invitationsKey = (id: string) => [...ORGANISATIONS_KEY, 'detail', id, 'invitations'] as const;
const CLAIMS_KEY = ['organisation-claims'] as const;
const organisationPath = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: MINE_KEY,
    enabled,
    queryFn: ({ signal }) => api.get<TOrganisationListResponse>('/api/organisations/mine', signal),
    select: (data) => data.items,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKey(id),
    queryFn: ({ signal }) => api.get<TOrganisationResponse>(organisationPath(id), signal),
  });
}

function useOrganisationWritten() {
  const queryClient = useQueryClient();
  return (organisation: TOrganisationResponse) => {
    queryClient.setQueryData(organisationKey(organisation.id), organisation);
    void queryClient.invalidateQueries({ queryKey: MINE_KEY });
  };
}

export function useCreateOrganisation() {
  const onWritten = useOrganisationWritten();
  return useMutation({
    mutationFn: (body: TCreateOrganisationRequest) => api.post<TOrganisationResponse>('/api/organisations', body),
    onSuccess: onWritten,
  });
}

export function useUpdateOrganisation(id: string) {
  const onWritten = useOrganisationWritten();
  return useMutation({
    mutationFn: (body: TUpdateOrganisationRequest) => api.put<TOrganisationResponse>(organisationPath(id), body),
    onSuccess: onWritten,
  });
}

/** Re-reads an organisation, e.g. after a stale-version conflict. */
export function useRefetchOrganisation(id: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: organisationKey(id),
      queryFn: () => api.get<TOrganisationResponse>(organisationPath(id)),
      staleTime: 0,
    });
}

/** Programme staff: a page of organisations matching part of the name or the registration number. */
export function searchOrganisations(text: string, signal: AbortSignal) {
  const params = new URLSearchParams({ page: '1', pageSize: '20' });
  if (text) params.set('q', text);
  return api.get<TOrganisationSearchResponse>(`/api/organisations?${params}`, signal);
}

export function useMembers(id: string, enabled = true) {
  return useQuery({
    queryKey: membersKey(id),
    enabled: enabled && id !== '',
    queryFn: ({ signal }) => api.get<TMemberListResponse>(`${organisationPath(id)}/members`, signal),
    select: (data) => data.items,
  });
}

/** Membership changes may change the caller's own role too: refresh everything about it. */
function useMembershipChanged() {
  const queryClient = useQueryClient();
  // Not awaited: after leaving, the page navigates away before the organisation (now a 404) is re-read.
  return () => {
    void queryClient.invalidateQueries({ queryKey: [...ORGANISATIONS_KEY] });
  };
}

export function useChangeMemberRole(id: string) {
  const onChanged = useMembershipChanged();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: TOrganisationRole }) =>
      api.patch<TMemberResponse>(`${organisationPath(id)}/members/${encodeURIComponent(userId)}`, { role }),
    onSuccess: onChanged,
  });
}

export function useRemoveMember(id: string) {
  const onChanged = useMembershipChanged();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`${organisationPath(id)}/members/${encodeURIComponent(userId)}`),
    onSuccess: onChanged,
  });
}

export function useInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey(id),
    queryFn: ({ signal }) => api.get<TInvitationListResponse>(`${organisationPath(id)}/invitations`, signal),
    select: (data) => data.items,
    enabled,
  });
}

export function useInviteMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TInviteMemberRequest) => api.post<TInvitationResponse>(`${organisationPath(id)}/invitations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(id) }),
  });
}

export function useRevokeInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete(`${organisationPath(id)}/invitations/${encodeURIComponent(invitationId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(id) }),
  });
}

export function useAcceptInvitation() {
  const onWritten = useOrganisationWritten();
  return useMutation({
    mutationFn: (body: TAcceptInvitationRequest) => api.post<TOrganisationResponse>('/api/invitations/accept', body),
    onSuccess: onWritten,
  });
}

export function useFileClaim() {
  return useMutation({
    mutationFn: (body: TClaimOrganisationRequest) => api.post<TClaimResponse>('/api/organisation-claims', body),
  });
}

export function useClaims(status?: TClaimStatus) {
  return useQuery({
    queryKey: [...CLAIMS_KEY, status ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<TClaimListResponse>(status ? `/api/organisation-claims?status=${status}` : '/api/organisation-claims', signal),
    select: (data) => data.items,
  });
}

export function useDecideClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    /** On approval the previous owners become members (`demote`) or leave the organisation (`remove`). */
    mutationFn: ({ id, decision, previousOwners }: { id: string; decision: 'approve' | 'reject'; previousOwners?: 'demote' | 'remove' }) =>
      api.post<TClaimResponse>(
        `/api/organisation-claims/${encodeURIComponent(id)}/${decision}${decision === 'approve' && previousOwners === 'remove' ? '?previousOwners=remove' : ''}`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...CLAIMS_KEY] }),
  });
}
