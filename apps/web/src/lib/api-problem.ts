import { PROBLEM_TYPES, type TFieldError, type TProblem } from '@kopa/shared';

/** Types the client invents for failures that never reached the API's problem+json. */
export const CLIENT_PROBLEM_TYPES = {
  network: '/problems/client/network',
  unexpected: '/problems/client/unexpected',
} as const;

/** A failed API call, carrying the RFC 9457 body so callers can switch on `type`. */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors: TFieldError[];

  constructor(problem: TProblem) {
    super(problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  is(type: string): boolean {
    return this.type === type;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** Reads a problem+json body; anything else becomes a generic problem with the HTTP status. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body = (await response.json()) as Partial<TProblem>;
      if (typeof body.type === 'string' || typeof body.title === 'string') {
        return new ApiProblem({
          type: body.type ?? fallbackType(response.status),
          title: body.title ?? response.statusText,
          status: typeof body.status === 'number' ? body.status : response.status,
          detail: body.detail,
          errors: Array.isArray(body.errors) ? body.errors : undefined,
        });
      }
    } catch {
      // A broken body is reported below like any non-problem answer.
    }
  }
  return new ApiProblem({
    type: fallbackType(response.status),
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  });
}

function fallbackType(status: number): string {
  if (status === 401) return PROBLEM_TYPES.unauthenticated;
  if (status === 403) return PROBLEM_TYPES.forbidden;
  if (status === 404) return PROBLEM_TYPES.notFound;
  if (status === 409) return PROBLEM_TYPES.conflict;
  if (status === 429) return PROBLEM_TYPES.rateLimited;
  if (status >= 500) return PROBLEM_TYPES.internal;
  return CLIENT_PROBLEM_TYPES.unexpected;
}

export function networkProblem(cause: unknown): ApiProblem {
  const problem = new ApiProblem({
    type: CLIENT_PROBLEM_TYPES.network,
    title: 'Network error',
    status: 0,
  });
  problem.cause = cause;
  return problem;
}
