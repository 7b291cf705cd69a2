import { Anchor, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/notice';

/** What an account step says once it has worked: the outcome, then the way on to sign in. */
export function AuthDoneNotice({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Notice color="blue" role="status" title={title}>
        {children}
      </Notice>
      <Anchor component={Link} to="/login">
        {t('auth.goToLogin')}
      </Anchor>
    </Stack>
  );
}
