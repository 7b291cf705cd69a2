import { Anchor, Stack, Title } from '@mantine/core';
import { hasPermission, type TPublicCallResponse } from '@kopa/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { loginPathFor } from '../../lib/safe-redirect';
import { useNow } from '../../lib/use-now';
import { useMe } from '../auth/auth.api';

// The form (and its organisation picker) is for signed-in applicants: visitors never download it.
const ApplyForm = lazy(() => import('./apply-form').then((module) => ({ default: module.ApplyForm })));

/** "Apply" on a public call page: pick one of my organisations, start a draft, open it. */
export function ApplyPanel({ call }: { call: TPublicCallResponse }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const now = useNow().getTime();
  const open = call.status === 'published' && new Date(call.closesAt).getTime() > now && new Date(call.opensAt).getTime() <= now;
  if (!open) return null;
  if (!me) {
    return (
      <Stack component="section" gap="xs" aria-labelledby="apply-heading">
        <Title order={2} id="apply-heading">
          {t('applications.apply.heading')}
        </Title>
        <Anchor component={Link} to={loginPathFor(location)}>
          {t('applications.apply.loginToApply')}
        </Anchor>
        <Anchor component={Link} to={`/register?next=${encodeURIComponent(location.pathname)}`}>
          {t('applications.apply.registerToApply')}
        </Anchor>
      </Stack>
    );
  }
  if (!hasPermission(me.roles, 'applications:apply')) return null;
  return (
    <Suspense fallback={<PageLoader />}>
      <ApplyForm callId={call.id} />
    </Suspense>
  );
}
