import {
  type TForgotPasswordRequest,
  type TLoginRequest,
  type TSecondFactorRequest,
  type TMeResponse,
  type TRegisterRequest,
  type TResendVerificationRequest,
  type TResetPasswordRequest,
  type TVerifyEmailRequest,
} from '@kopa/shared';
import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { loadSignedInFrame } from '../../app/layout/signed-in-parts';
import { loadSignedInTexts } from '../../i18n/i18n';
import { client, unwrap } from '../../lib/api-client';
import { resetCsrfToken } from '../../lib/api-middleware';
import { ME_QUERY_KEY } from '../../lib/query-client';


/**
 * The signed-in user, or null for a visitor (asked without a 401, so the console stays clean).
 * A user comes with the texts of the signed-in screens loaded, so none shows a raw key, and
 * with the signed-in parts of the frame.
 */
async function fetchMe(signal: AbortSignal): Promise<TMeResponse | null> {
  const { user } = await unwrap(client.GET('/api/auth/session', { signal }));
  if (user) await prepareSignedIn();
  return user;
}

/** The texts and the frame's parts for a signed-in user, fetched before the app knows the user. */
async function prepareSignedIn(): Promise<void> {
  await Promise.all([loadSignedInTexts(), loadSignedInFrame()]);
}

const meQuery = {
  queryKey: ME_QUERY_KEY,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchMe(signal),
  staleTime: 5 * 60_000,
};

export function useMe() {
  return useQuery(meQuery);
}

/** Starts asking who is signed in before the app renders (main.tsx); `useMe` then shares it. */
export function prefetchMe(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(meQuery);
}

/**
 * Drops what one user loaded before another (or a visitor) sees the page. Public data and
 * the "me" query stay: the latter is updated in place, so every component watching it
 * switches together.
 */
function forgetPrivateData(queryClient: QueryClient): void {
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== 'public' && query.queryKey[0] !== ME_QUERY_KEY[0],
  });
}

/** Signs in; when the account has two-step sign-in, the answer asks for the code (user null). */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginRequest) => unwrap(client.POST('/api/auth/login', { body })),
    onSuccess: async (response) => {
      if (!response.user) return;
      await prepareSignedIn();
      queryClient.setQueryData(ME_QUERY_KEY, response.user);
      forgetPrivateData(queryClient);
    },
  });
}

/** The second sign-in step: a code from the authenticator app or a recovery code. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSecondFactorRequest) => unwrap(client.POST('/api/auth/login/second-factor', { body })),
    onSuccess: async (response) => {
      if (response.user) await prepareSignedIn();
      queryClient.setQueryData(ME_QUERY_KEY, response.user);
      forgetPrivateData(queryClient);
    },
  });
}

/**
 * Logs out and leaves for a public page. The page changes first and the user is forgotten
 * after, so a protected page never sees "nobody" and redirects to login on its way out.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({ mutationFn: () => unwrap(client.POST('/api/auth/logout')) });

  const logOut = async (to = '/') => {
    try {
      await mutation.mutateAsync();
    } catch {
      // Already gone server-side, or unreachable: forget the user here either way.
    }
    resetCsrfToken();
    // flushSync: the public page must be on screen before "me" turns null, or the
    // protected page still showing would redirect to login.
    await navigate(to, { flushSync: true });
    queryClient.setQueryData(ME_QUERY_KEY, null);
    forgetPrivateData(queryClient);
  };

  return { logOut, isPending: mutation.isPending };
}

export function useRegister() {
  return useMutation({
    mutationFn: (body: TRegisterRequest) => unwrap(client.POST('/api/auth/register', { body })),
  });
}

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (body: TVerifyEmailRequest) => unwrap(client.POST('/api/auth/verify-email', { body })),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: (body: TResendVerificationRequest) => unwrap(client.POST('/api/auth/resend-verification', { body })),
  });
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: (body: TForgotPasswordRequest) => unwrap(client.POST('/api/auth/forgot-password', { body })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: TResetPasswordRequest) => unwrap(client.POST('/api/auth/reset-password', { body })),
  });
}
