import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatRigaDateTime, type TNotificationResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useMarkAllRead, useMarkRead, useNotifications } from './notifications.api';
import { safeInAppLink } from './notification-display';
import { ListPagination } from '../../components/list-pagination';

const PAGE_SIZE = 20;

/** `/notifications`: the user's inbox, newest first, paged by the API. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useNotifications(page, PAGE_SIZE, filter === 'unread');
  const markAll = useMarkAllRead();
  const data = list.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('notifications.title')}</Title>
        <Button variant="default" disabled={!data || data.unreadCount === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('notifications.filter.label')}
          value={filter}
          onChange={(value) => {
            setFilter(value as 'all' | 'unread');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('notifications.filter.all') },
            { value: 'unread', label: t('notifications.filter.unread', { count: data?.unreadCount ?? 0 }) },
          ]}
        />
        <Anchor component={Link} to="/account#notifications" size="sm">
          {t('notifications.preferencesLink')}
        </Anchor>
      </Group>
      {list.isError && <ProblemAlert error={list.error} />}
      {markAll.isError && <ProblemAlert error={markAll.error} />}
      {data && data.items.length === 0 && <Text>{filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}</Text>}
      {data && data.items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={list.isFetching}>
          {data.items.map((item) => (
            <NotificationItem key={item.id} item={item} locale={intlLocaleOf(i18n.language)} />
          ))}
        </Stack>
      )}
      {data && <ListPagination total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />}
    </Stack>
  );
}

function NotificationItem({ item, locale }: { item: TNotificationResponse; locale: string }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const link = safeInAppLink(item.link);
  const unread = item.readAt === null;
  const headingId = `notification-${item.id}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={headingId} bg={unread ? 'blue.0' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {unread && <Badge size="sm" color="blue.8" mr="xs">{t('notifications.new')}</Badge>}
            {item.subject}
          </Title>
          <Text size="sm" c="dark.6" style={{ flexShrink: 0 }}>
            <time dateTime={item.createdAt}>{formatRigaDateTime(item.createdAt, locale)}</time>
          </Text>
        </Group>
        <Text size="xs" c="dark.6">{t(`notifications.category.${item.category}`)}</Text>
        <PlainText text={item.body} />
        <Group gap="sm">
          {link && (
            <Button component={Link} to={link} size="compact-sm" onClick={() => unread && markRead.mutate(item.id)}>
              {t('notifications.open')}
            </Button>
          )}
          {unread && (
            <Button size="compact-sm" variant="default" loading={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
              {t('notifications.markRead')}
              <VisuallyHidden>: {item.subject}</VisuallyHidden>
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
