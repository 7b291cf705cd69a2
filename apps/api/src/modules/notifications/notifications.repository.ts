import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATION_CATEGORIES, type TNotificationCategory } from '@kopa/shared';
import { PrismaService } from '../../prisma/prisma.service';

const NOTIFICATION_SELECT = {
  id: true,
  category: true,
  subject: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} as const;

/** The inbox SQL; every query is scoped to one user, so nobody reaches another's rows. */
@Injectable()
export class NotificationsRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async page(userId: string, input: { page: number; pageSize: number; unreadOnly: boolean }) {
    const where = { userId, ...(input.unreadOnly ? { readAt: null } : {}) };
    const [items, total] = await this.prisma.$transaction([
      this.prisma.notification.findMany({
        where,
        select: NOTIFICATION_SELECT,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
      this.prisma.notification.count({ where }),
    ]);
    return { items, total };
  }

  /** Served by the (userId, readAt) index: cheap enough for the bell to poll. */
  unreadCount(userId: string): Promise<number> {
    return this.prisma.notification.count({ where: { userId, readAt: null } });
  }

  /** Marks one of the user's notifications read (keeps the first read time); null when it is not theirs. */
  async markRead(userId: string, id: string, now: Date) {
    await this.prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
    return this.prisma.notification.findFirst({ where: { id, userId }, select: NOTIFICATION_SELECT });
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
    return count;
  }

  async emailChoices(userId: string): Promise<Map<TNotificationCategory, boolean>> {
    const rows = await this.prisma.notificationPreference.findMany({ where: { userId }, select: { category: true, email: true } });
    return new Map(
      rows
        .filter((row): row is { category: TNotificationCategory; email: boolean } =>
          (NOTIFICATION_CATEGORIES as readonly string[]).includes(row.category),
        )
        .map((row) => [row.category, row.email]),
    );
  }

  async saveEmailChoices(userId: string, items: Array<{ category: TNotificationCategory; email: boolean }>): Promise<void> {
    await this.prisma.$transaction(
      items.map((item) =>
        this.prisma.notificationPreference.upsert({
          where: { userId_category: { userId, category: item.category } },
          create: { userId, category: item.category, email: item.email },
          update: { email: item.email },
        }),
      ),
    );
  }
}
