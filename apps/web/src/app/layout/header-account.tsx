import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The ways in, for a visitor. */
export function HeaderAccount({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button component={Link} to="/login" variant="default" size="compact-md" onClick={onNavigate}>
        {t('nav.login')}
      </Button>
      <Button component={Link} to="/register" size="compact-md" onClick={onNavigate}>
        {t('nav.register')}
      </Button>
    </Group>
  );
}
