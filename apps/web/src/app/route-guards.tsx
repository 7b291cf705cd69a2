import { hasPermission, type TPermission } from '@kopa/shared';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { ProblemAlert } from '../components/problem-alert';
import { useMe } from '../features/auth/auth.api';
import { NoAccessPage } from '../features/errors/no-access-page';
import { loginPathFor } from '../lib/safe-redirect';
import { usePageTitle } from '../lib/use-page-title';

const TOTP_SETUP_PATH = '/account/two-factor';

/** Visitors are sent to log in and brought back afterwards. */
export function RequireAuth() {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  if (isPending) return <PageLoader />;
  if (error) return <AuthCheckFailed error={error} />;
  if (!me) return <Navigate to={loginPathFor(location)} replace />;
  // Staff without two-step sign-in can do nothing else until it is set up (the API refuses too).
  if (me.totpEnrolmentRequired && location.pathname !== TOTP_SETUP_PATH) return <Navigate to={TOTP_SETUP_PATH} replace />;
  return <Outlet />;
}

function AuthCheckFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.authCheckFailed'));
  return (
    <Stack>
      <Title order={1}>{t('errors.authCheckFailed')}</Title>
      <ProblemAlert error={error} />
    </Stack>
  );
}

/** Signed-in users without the permission are told so, rather than sent away. */
export function RequirePermission({ permission }: { permission: TPermission }) {
  const { data: me } = useMe();
  if (!me || !hasPermission(me.roles, permission)) return <NoAccessPage />;
  return <Outlet />;
}
