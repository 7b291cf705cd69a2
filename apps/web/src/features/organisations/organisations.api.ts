import type {
  TAcceptInvitationRequest,
  TClaimOrganisationRequest,
  TClaimStatus,
  TCreateOrganisationRequest,
  TInviteMemberRequest,
  TOrganisationResponse,
  TOrganisationRole,
  TUpdateOrganisationRequest,
} from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

const ORGANISATIONS_KEY = ['organisations'] as const;
const MINE_KEY = [...ORGANISATIONS_KEY, 'mine'] as const;
const organisationKey = (id: string) => [...ORGANISATIONS_KEY, 'detail', id] as const;
const membersKey = (id: string) => [...ORGANISATIONS_KEY, 'detail', id, 'members'] as const;
const invitationsKey = (id: string) => [...ORGANISATIONS_KEY, 'detail', id, 'invitations'] as const;
const CLAIMS_KEY = ['organisation-claims'] as const;
const fetchOrganisation = (id: string, signal?: AbortSignal) => unwrap(client.GET('/api/organisations/{id}', { params: { path: { id } }, signal }));

export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: MINE_KEY,
    enabled,
    queryFn: ({ signal }) => unwrap(client.GET('/api/organisations/mine', { signal })),
    select: (data) => data.items,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKey(id),
    queryFn: ({ signal }) => fetchOrganisation(id, signal),
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
    mutationFn: (body: TCreateOrganisationRequest) => unwrap(client.POST('/api/organisations', { body })),
    onSuccess: onWritten,
  });
}

export function useUpdateOrganisation(id: string) {
  const onWritten = useOrganisationWritten();
  return useMutation({
    mutationFn: (body: TUpdateOrganisationRequest) => unwrap(client.PUT('/api/organisations/{id}', { params: { path: { id } }, body })),
    onSuccess: onWritten,
  });
}

/** Re-reads an organisation, e.g. after a stale-version conflict. */
export function useRefetchOrganisation(id: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: organisationKey(id),
      queryFn: () => fetchOrganisation(id),
      staleTime: 0,
    });
}

/** Programme staff: a page of organisations matching part of the name or the registration number. */
export function searchOrganisations(text: string, signal: AbortSignal) {
  return unwrap(client.GET('/api/organisations', { params: { query: { page: 1, pageSize: 20, ...(text ? { q: text } : {}) } }, signal }));
}

export function useMembers(id: string, enabled = true) {
  return useQuery({
    queryKey: membersKey(id),
    enabled: enabled && id !== '',
    queryFn: ({ signal }) => unwrap(client.GET('/api/organisations/{id}/members', { params: { path: { id } }, signal })),
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
      unwrap(client.PATCH('/api/organisations/{id}/members/{userId}', { params: { path: { id, userId } }, body: { role } })),
    onSuccess: onChanged,
  });
}

export function useRemoveMember(id: string) {
  const onChanged = useMembershipChanged();
  return useMutation({
    mutationFn: (userId: string) => unwrap(client.DELETE('/api/organisations/{id}/members/{userId}', { params: { path: { id, userId } } })),
    onSuccess: onChanged,
  });
}

export function useInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/organisations/{id}/invitations', { params: { path: { id } }, signal })),
    select: (data) => data.items,
    enabled,
  });
}

export function useInviteMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TInviteMemberRequest) => unwrap(client.POST('/api/organisations/{id}/invitations', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(id) }),
  });
}

export function useRevokeInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => unwrap(client.DELETE('/api/organisations/{id}/invitations/{invitationId}', { params: { path: { id, invitationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(id) }),
  });
}

export function useAcceptInvitation() {
  const onWritten = useOrganisationWritten();
  return useMutation({
    mutationFn: (body: TAcceptInvitationRequest) => unwrap(client.POST('/api/invitations/accept', { body })),
    onSuccess: onWritten,
  });
}

export function useFileClaim() {
  return useMutation({
    mutationFn: (body: TClaimOrganisationRequest) => unwrap(client.POST('/api/organisation-claims', { body })),
  });
}

export function useClaims(status?: TClaimStatus) {
  return useQuery({
    queryKey: [...CLAIMS_KEY, status ?? 'all'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/organisation-claims', { params: { query: { status } }, signal })),
    select: (data) => data.items,
  });
}

export function useDecideClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    /** On approval the previous owners become members (`demote`) or leave the organisation (`remove`). */
    mutationFn: ({ id, decision, previousOwners }: { id: string; decision: 'approve' | 'reject'; previousOwners?: 'demote' | 'remove' }) =>
      unwrap(
        decision === 'approve'
          ? client.POST('/api/organisation-claims/{id}/approve', { params: { path: { id }, query: { previousOwners } } })
          : client.POST('/api/organisation-claims/{id}/reject', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...CLAIMS_KEY] }),
  });
}
