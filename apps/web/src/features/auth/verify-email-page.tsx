import { Anchor, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { AuthPageLayout } from './auth-page-layout';
import { useVerifyEmail } from './auth.api';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const verify = useVerifyEmail();
  const { mutate } = verify;

  // A token works once; StrictMode runs effects twice in development, so post only once.
  const posted = useRef(false);
  useEffect(() => {
    if (!token || posted.current) return;
    posted.current = true;
    mutate({ token });
  }, [token, mutate]);

  return (
    <AuthPageLayout title={t('auth.verify.title')}>
      <Stack gap="md">
        {!token ? (
          <Notice color="red" role="alert" title={t('auth.verify.missingToken')} />
        ) : verify.isError ? (
          <ProblemAlert error={verify.error} title={t('auth.verify.failed')}>
            {t('auth.verify.failedHint')}
          </ProblemAlert>
        ) : verify.isSuccess ? (
          <Notice color="blue" role="status" title={t('auth.verify.done')}>
            {t('auth.verify.doneBody')}
          </Notice>
        ) : (
          <PageLoader />
        )}
        {(verify.isSuccess || verify.isError || !token) && (
          <Anchor component={Link} to="/login">
            {t('auth.goToLogin')}
          </Anchor>
        )}
      </Stack>
    </AuthPageLayout>
  );
}
