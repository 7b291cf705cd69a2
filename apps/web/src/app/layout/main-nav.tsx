import { Anchor, Group } from '@mantine/core';
import { hasPermission } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../features/auth/auth.api';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export function MainNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/calls', label: t('nav.calls') },
  ];
  if (me && hasPermission(me.roles, 'applications:apply')) {
    items.push({ to: '/dashboard', label: t('nav.dashboard') });
  }
  if (me && hasPermission(me.roles, 'reviews:work')) {
    items.push({ to: '/reviews', label: t('review.nav.myReviews') });
  }
  if (me && hasPermission(me.roles, 'calls:manage')) {
    items.push({ to: '/manage/calls', label: t('nav.manageCalls') });
  }
  if (me && hasPermission(me.roles, 'organisations:use')) {
    items.push({ to: '/organisations', label: t('organisations.nav.link') });
  }
  if (me && hasPermission(me.roles, 'organisations:review-claims')) {
    items.push({ to: '/manage/organisation-claims', label: t('organisations.nav.claims') });
  }

  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <li key={item.to}>
            {/* NavLink sets aria-current="page"; global.css underlines it for sighted users. */}
            <Anchor component={NavLink} to={item.to} end={item.end} fw={600} c="dark.9">
              {item.label}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}
