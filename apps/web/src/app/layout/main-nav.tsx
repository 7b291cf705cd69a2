import { Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const PUBLIC_NAV = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/calls', label: 'nav.calls', end: false },
  { to: '/resource-centres', label: 'nav.resourceCentres', end: false },
  { to: '/events', label: 'nav.events', end: false },
] as const;

/** The visitor's navigation: in the header on wide screens, in the drawer on narrow ones. */
export function MainNav({ vertical = false, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const List = vertical ? Stack : Group;
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <List component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {PUBLIC_NAV.map((item) => (
          <li key={item.to}>
            {/* NavLink sets aria-current="page"; global.css underlines it for sighted users. */}
            <Anchor component={NavLink} to={item.to} end={item.end} fw={600} c="dark.9" onClick={onNavigate}>
              {t(item.label)}
            </Anchor>
          </li>
        ))}
      </List>
    </nav>
  );
}
