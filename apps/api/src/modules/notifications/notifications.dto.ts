import { createZodDto } from 'nestjs-zod';
import {
  ZMarkAllReadResponse,
  ZNotificationListQuery,
  ZNotificationListResponse,
  ZNotificationPreferencesResponse,
  ZNotificationResponse,
  ZUnreadCountResponse,
  ZUpdateNotificationPreferencesRequest,
} from '@kopa/shared';

export class NotificationListQueryDto extends createZodDto(ZNotificationListQuery) {}
export class NotificationListDto extends createZodDto(ZNotificationListResponse) {}
export class NotificationDto extends createZodDto(ZNotificationResponse) {}
export class UnreadCountDto extends createZodDto(ZUnreadCountResponse) {}
export class MarkAllReadDto extends createZodDto(ZMarkAllReadResponse) {}
export class NotificationPreferencesDto extends createZodDto(ZNotificationPreferencesResponse) {}
export class UpdateNotificationPreferencesDto extends createZodDto(ZUpdateNotificationPreferencesRequest) {}
