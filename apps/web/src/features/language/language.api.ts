import type { TUpdateLocaleRequest } from '@kopa/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { ME_QUERY_KEY } from '../../lib/query-client';

/** Saves the account's language, which the API uses for e-mails. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateLocaleRequest) => unwrap(client.PATCH('/api/auth/me', { body })),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}
