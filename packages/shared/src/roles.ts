import { z } from 'zod';

export const ROLES = ['applicant', 'reviewer', 'coordinator', 'consultant', 'admin'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const LOCALES = ['lv', 'en'] as const;
export const ZLocale = z.enum(LOCALES);
export type TLocale = z.infer<typeof ZLocale>;
export const DEFAULT_LOCALE: TLocale = 'lv';
