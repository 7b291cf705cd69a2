import { z } from 'zod';

export const ZFieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(ZFieldError).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;
