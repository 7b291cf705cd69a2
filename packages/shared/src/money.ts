import { z } from 'zod';
import { MAX_MONEY_CENTS } from './money-format';

/** Money is always integer euro cents; never floats. */
export const ZCents = z.number().int().min(0).max(MAX_MONEY_CENTS);
export type TCents = z.infer<typeof ZCents>;
