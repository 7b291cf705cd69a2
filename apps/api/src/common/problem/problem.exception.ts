import { HttpException } from '@nestjs/common';
import { PROBLEM_TYPES, type TFieldError, type TProblemType } from '@kopa/shared';

/** An error that the problem filter turns into an RFC 9457 response as it is. */
export class ProblemException extends HttpException {
  constructor(
    readonly problemType: TProblemType,
    status: number,
    readonly detail?: string,
    readonly fieldErrors?: TFieldError[],
    /** For a 429: when to try again (the Retry-After header), when it is known. */
    readonly retryAfterSeconds?: number,
    /** RFC 9457 extension members the client can act on (e.g. the free slots after "slot taken"). */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? problemType, status);
  }
}

export const Problems = {
  notFound: (detail?: string) => new ProblemException(PROBLEM_TYPES.notFound, 404, detail),
  forbidden: (detail?: string) => new ProblemException(PROBLEM_TYPES.forbidden, 403, detail),
  unauthenticated: () => new ProblemException(PROBLEM_TYPES.unauthenticated, 401),
  staleVersion: (currentVersion: number) =>
    new ProblemException(
      PROBLEM_TYPES.staleVersion,
      409,
      `Someone else changed this in the meantime; the current version is ${currentVersion}.`,
    ),
  invalidTransition: (detail: string) => new ProblemException(PROBLEM_TYPES.invalidTransition, 409, detail),
  conflict: (detail: string, fieldErrors?: TFieldError[]) =>
    new ProblemException(PROBLEM_TYPES.conflict, 409, detail, fieldErrors),
  slotTaken: (detail: string, alternatives?: unknown[]) =>
    new ProblemException(PROBLEM_TYPES.slotTaken, 409, detail, undefined, undefined, alternatives ? { alternatives } : undefined),
  validation: (fieldErrors: TFieldError[], detail?: string) =>
    new ProblemException(PROBLEM_TYPES.validation, 400, detail, fieldErrors),
};
