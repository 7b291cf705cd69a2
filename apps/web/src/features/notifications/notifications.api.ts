import type {
  TMarkAllReadResponse,
  TNotificationListResponse,
  TNotificationPreferencesResponse,
  TNotificationResponse,
  TUnreadCountResponse,
  TUpdateNotificationPreferencesRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const NOTIFICATIONS_KEY = ['notifications'] as const;
const UNREAD_KEY = [...NOTIFICATIONS_KEY, 'unread-count'] as const;
const PREFERENCES_KEY = ['notification-preferences'] as const;

/** How often the bell asks while the page is open; it also asks again when the window regains focus. */
export const UNREAD_POLL_MS = 60_000;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: ({ signal }) => api.get<TUnreadCountResponse>('/api/notifications/unread-count', signal),
    select: (data) => data.unreadCount,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(page: number, pageSize: number, unreadOnly: boolean) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (unreadOnly) query.set('unread', 'true');
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', page, pageSize, unreadOnly],
    queryFn: ({ signal }) => api.get<TNotificationListResponse>(`/api/notifications?${query}`, signal),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<TNotificationResponse>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<TMarkAllReadResponse>('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: ({ signal }) => api.get<TNotificationPreferencesResponse>('/api/notifications/preferences', signal),
    select: (data) => data.items,
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateNotificationPreferencesRequest) =>
      api.put<TNotificationPreferencesResponse>('/api/notifications/preferences', body),
    onSuccess: (data) => queryClient.setQueryData(PREFERENCES_KEY, data),
  });
}
