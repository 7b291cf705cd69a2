import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import type { TRole } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navItemsFor } from '../../features/workspace/workspace-nav-items';

/** The signed-in navigation: the sidebar on wide screens, the drawer behind the burger on narrow ones. */
export function WorkspaceNav({ roles, onNavigate }: { roles: readonly TRole[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
        {navItemsFor(roles).map((item) => (
          <li key={item.to}>
            {/* NavLink sets aria-current="page"; global.css marks that entry for sighted users. */}
            <MantineNavLink
              component={NavLink}
              to={item.to}
              end={item.end}
              label={t(item.label)}
              onClick={onNavigate}
              className="workspace-nav-link"
            />
          </li>
        ))}
      </Stack>
    </nav>
  );
}
