import { ZNotificationCategory, type TNotificationResponse } from '@kopa/shared';

interface NotificationRow {
  id: string;
  category: string;
  subject: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export function toNotificationResponse(row: NotificationRow): TNotificationResponse {
  return {
    id: row.id,
    // Rows are written only through categoryOfEmail(); anything else reads as account mail.
    category: ZNotificationCategory.catch('account').parse(row.category),
    subject: row.subject,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
