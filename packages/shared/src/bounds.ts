import { z } from 'zod';

/** PostgreSQL's `integer`: a larger number sent for a version or revision number would fail in the database (500). */
export const MAX_INT32 = 2_147_483_647;

/** An optimistic-concurrency version or a revision/form version number, in a body, path or query. */
export const ZVersionNumber = z.number().int().min(1).max(MAX_INT32);
export const ZVersionParam = z.coerce.number().int().min(1).max(MAX_INT32);
