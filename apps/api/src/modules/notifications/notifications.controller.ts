import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { NotificationsService } from './notifications.service';
import {
  MarkAllReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationPreferencesDto,
  UnreadCountDto,
  UpdateNotificationPreferencesDto,
} from './notifications.dto';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated({ permission: 'notifications:self' })
  @ZodResponse({ type: NotificationListDto })
  list(@CurrentUser() user: Principal, @Query() query: NotificationListQueryDto) {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @Authenticated({ permission: 'notifications:self' })
  @ZodResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentUser() user: Principal) {
    return { unreadCount: await this.notifications.unreadCount(user) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated({ permission: 'notifications:self' })
  @ZodResponse({ type: MarkAllReadDto, status: 200 })
  markAllRead(@CurrentUser() user: Principal) {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authenticated({ permission: 'notifications:self' })
  @ZodResponse({ type: NotificationDto, status: 200 })
  markRead(@CurrentUser() user: Principal, @Param('id', id) notificationId: string) {
    return this.notifications.markRead(user, notificationId);
  }

  @Get('preferences')
  @Authenticated({ permission: 'notifications:self' })
  @ZodResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentUser() user: Principal) {
    return this.notifications.preferences(user);
  }

  @Put('preferences')
  @Authenticated({ permission: 'notifications:self' })
  @ZodResponse({ type: NotificationPreferencesDto })
  updatePreferences(@CurrentUser() user: Principal, @Body() body: UpdateNotificationPreferencesDto) {
    return this.notifications.updatePreferences(user, body);
  }
}
