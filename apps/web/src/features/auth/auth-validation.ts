import { zodResolver } from '@hookform/resolvers/zod';
import { ZLoginRequest, ZRegisterRequest } from '@kopa/shared';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';

// The sign-in and registration forms' validation, fetched on demand (lib/deferred-resolver.ts):
// zod is the largest part of these pages and is not needed until the visitor has typed.
export const loginResolver = zodResolver(ZLoginRequest, ZOD_PARSE_OPTIONS);
export const registerResolver = zodResolver(ZRegisterRequest, ZOD_PARSE_OPTIONS);
