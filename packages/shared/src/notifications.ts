import { z } from 'zod';

/**
 * Categories of the in-app inbox. Every e-mail to a user also lands in the inbox under one
 * of these; the user chooses per category whether it also comes by e-mail, except
 * `account` (verification, password reset, invitations, security), which always goes.
 */
export const NOTIFICATION_CATEGORIES = [
  'account',
  'applications',
  'review',
  'decisions',
  'consultations',
  'events',
  'projects',
] as const;
export const ZNotificationCategory = z.enum(NOTIFICATION_CATEGORIES);
export type TNotificationCategory = z.infer<typeof ZNotificationCategory>;

/** Categories whose e-mails the user may switch off. */
export const OPTIONAL_EMAIL_CATEGORIES = NOTIFICATION_CATEGORIES.filter((category) => category !== 'account');

export const NOTIFICATION_PAGE_SIZE_MAX = 50;

export const ZNotificationListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE_SIZE_MAX).default(20),
  /** `true`: only unread ones. */
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZNotificationResponse = z.object({
  id: z.string(),
  category: ZNotificationCategory,
  subject: z.string(),
  body: z.string(),
  /** In-app path to open, e.g. `/applications/<id>`; null when there is nothing to open. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotificationResponse = z.infer<typeof ZNotificationResponse>;

export const ZNotificationListResponse = z.object({
  items: z.array(ZNotificationResponse),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  unreadCount: z.number().int(),
});
export type TNotificationListResponse = z.infer<typeof ZNotificationListResponse>;

export const ZUnreadCountResponse = z.object({ unreadCount: z.number().int() });
export type TUnreadCountResponse = z.infer<typeof ZUnreadCountResponse>;

export const ZMarkAllReadResponse = z.object({ marked: z.number().int(), unreadCount: z.number().int() });
export type TMarkAllReadResponse = z.infer<typeof ZMarkAllReadResponse>;

export const ZNotificationPreference = z.object({
  category: ZNotificationCategory,
  email: z.boolean(),
  /** false for `account`: those e-mails always go. */
  editable: z.boolean(),
});
export const ZNotificationPreferencesResponse = z.object({ items: z.array(ZNotificationPreference) });
export type TNotificationPreferencesResponse = z.infer<typeof ZNotificationPreferencesResponse>;

export const ZUpdateNotificationPreferencesRequest = z.object({
  items: z
    .array(z.object({ category: ZNotificationCategory.exclude(['account']), email: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_CATEGORIES.length)
    .refine((items) => new Set(items.map((item) => item.category)).size === items.length, {
      message: 'each category once',
    }),
});
export type TUpdateNotificationPreferencesRequest = z.infer<typeof ZUpdateNotificationPreferencesRequest>;
