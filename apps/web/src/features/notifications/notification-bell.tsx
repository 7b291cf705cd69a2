import { Badge, Box, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { hasPermission } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth.api';
import { useUnreadCount } from './notifications.api';
import { unreadBadgeText } from './notification-display';

function BellIcon() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The inbox bell: a link to /notifications whose accessible name carries the unread count.
 * The count polls every minute and refreshes when the window regains focus; a live region
 * announces it politely when it changes.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const allowed = !!me && hasPermission(me.roles, 'notifications:self');
  const { data: unread = 0 } = useUnreadCount(allowed);
  if (!allowed) return null;

  const label = unread > 0 ? t('notifications.bell.unread', { count: unread }) : t('notifications.bell.none');
  return (
    <>
    <UnstyledButton
      component={Link}
      to="/notifications"
      aria-label={label}
      title={label}
      c="dark.9"
      style={{ position: 'relative', display: 'inline-flex', padding: 6, borderRadius: 4 }}
    >
      <BellIcon />
      {unread > 0 && (
        <Badge
          size="xs"
          color="red.8"
          variant="filled"
          circle={unread < 10}
          aria-hidden="true"
          style={{ position: 'absolute', top: -2, right: -4, pointerEvents: 'none' }}
        >
          {unreadBadgeText(unread)}
        </Badge>
      )}
    </UnstyledButton>
    {/* Outside the link: its own name is the aria-label, the region only announces changes. */}
    <Box component="span" aria-live="polite">
      <VisuallyHidden>{unread > 0 ? label : ''}</VisuallyHidden>
    </Box>
    </>
  );
}
