import type {
  TReauthenticateRequest,
  TReauthenticateResponse,
  TRecoveryCodesResponse,
  TTotpEnrolmentResponse,
  TTwoFactorStatusResponse,
} from '@kopa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { ME_QUERY_KEY } from '../../lib/query-client';

const STATUS_KEY = ['account', 'two-factor'] as const;

export function useTwoFactorStatus() {
  return useQuery({
    queryKey: STATUS_KEY,
    queryFn: ({ signal }) => api.get<TTwoFactorStatusResponse>('/api/auth/two-factor', signal),
  });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api.post<TTotpEnrolmentResponse>('/api/auth/two-factor/enrolment') });
}

/** On success TOTP is on: "me" (totpEnabled, totpEnrolmentRequired) and the status change. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<TRecoveryCodesResponse>('/api/auth/two-factor/enrolment/confirm', { code }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/two-factor/disable'),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<TRecoveryCodesResponse>('/api/auth/two-factor/recovery-codes'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

export function useReauthenticate() {
  return useMutation({
    mutationFn: (body: TReauthenticateRequest) => api.post<TReauthenticateResponse>('/api/auth/reauthenticate', body),
  });
}
