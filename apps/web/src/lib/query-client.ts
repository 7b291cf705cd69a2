import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from './api-problem';

/** The signed-in user; the key lives here so the client can refresh it on a 401. */
export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** A 4xx answer will not change by asking again; network and 5xx failures might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // A 401 on any request means the session ended (expired, revoked on another device):
  // re-reading "me" turns the user into a visitor, and guarded pages send them to login.
  const onError = (error: unknown) => {
    if (isApiProblem(error) && error.status === 401) {
      void client.invalidateQueries({ queryKey: ME_QUERY_KEY });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
