import type { TReauthenticateRequest } from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { ME_QUERY_KEY } from '../../lib/query-client';

const STATUS_KEY = ['account', 'two-factor'] as const;

export function useTwoFactorStatus() {
  return useQuery({
    queryKey: STATUS_KEY,
    queryFn: ({ signal }) => unwrap(client.GET('/api/auth/two-factor', { signal })),
  });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => unwrap(client.POST('/api/auth/two-factor/enrolment')) });
}

/** On success TOTP is on: "me" (totpEnabled, totpEnrolmentRequired) and the status change. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(client.POST('/api/auth/two-factor/enrolment/confirm', { body: { code } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/auth/two-factor/disable')),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/auth/two-factor/recovery-codes')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

export function useReauthenticate() {
  return useMutation({
    mutationFn: (body: TReauthenticateRequest) => unwrap(client.POST('/api/auth/reauthenticate', { body })),
  });
}
