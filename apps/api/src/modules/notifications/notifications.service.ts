import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_CATEGORIES,
  type TMarkAllReadResponse,
  type TNotificationListQuery,
  type TNotificationListResponse,
  type TNotificationPreferencesResponse,
  type TNotificationResponse,
  type TUpdateNotificationPreferencesRequest,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { NotificationsRepository } from './notifications.repository';
import { toNotificationResponse } from './notifications.mapper';

/** The caller's own inbox and e-mail choices; never anyone else's. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: TNotificationListQuery): Promise<TNotificationListResponse> {
    const [{ items, total }, unreadCount] = await Promise.all([
      this.notifications.page(principal.id, { page: query.page, pageSize: query.pageSize, unreadOnly: query.unread ?? false }),
      this.notifications.unreadCount(principal.id),
    ]);
    return { items: items.map(toNotificationResponse), page: query.page, pageSize: query.pageSize, total, unreadCount };
  }

  unreadCount(principal: Principal): Promise<number> {
    return this.notifications.unreadCount(principal.id);
  }

  async markRead(principal: Principal, id: string): Promise<TNotificationResponse> {
    const row = await this.notifications.markRead(principal.id, id, this.clock.now());
    if (!row) throw Problems.notFound('No such notification.');
    return toNotificationResponse(row);
  }

  async markAllRead(principal: Principal): Promise<TMarkAllReadResponse> {
    const marked = await this.notifications.markAllRead(principal.id, this.clock.now());
    return { marked, unreadCount: await this.notifications.unreadCount(principal.id) };
  }

  async preferences(principal: Principal): Promise<TNotificationPreferencesResponse> {
    const choices = await this.notifications.emailChoices(principal.id);
    return {
      items: NOTIFICATION_CATEGORIES.map((category) =>
        category === 'account'
          ? { category, email: true, editable: false }
          : { category, email: choices.get(category) ?? true, editable: true },
      ),
    };
  }

  async updatePreferences(principal: Principal, input: TUpdateNotificationPreferencesRequest): Promise<TNotificationPreferencesResponse> {
    await this.notifications.saveEmailChoices(principal.id, input.items);
    return this.preferences(principal);
  }
}
