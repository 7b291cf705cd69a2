import { Anchor, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/notice';

/** What an account step says once it has worked: the outcome, then the way on to sign in. */
export function AuthDoneNotice({ title, children, loginPath = '/login' }: { title: string; children?: ReactNode; loginPath?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Notice color="blue" role="status" title={title}>
        {children}
      </Notice>
      <Anchor component={Link} to={loginPath}>
        {t('auth.goToLogin')}
      </Anchor>
    </Stack>
  );
}
