import { z } from 'zod';

/** Erasure is confirmed by typing one's own e-mail address, so it is never a stray click. */
export const ZAccountErasureRequest = z.object({
  confirmEmail: z.string().trim().toLowerCase().max(254),
});
export type TAccountErasureRequest = z.infer<typeof ZAccountErasureRequest>;
