import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { hasPermission, PROBLEM_TYPES } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../auth/auth.api';
import { useAcceptInvitation } from './organisations.api';

/**
 * Opened from the invitation e-mail. The route requires a session, so a visitor logs in
 * (or registers) first and comes back here; accepting is a deliberate click, never a GET.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.accept.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data: me } = useMe();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();

  const onAccept = () =>
    accept.mutate(
      { token },
      {
        onSuccess: (organisation) => {
          notifySuccess(t('organisations.accept.joined', { organisation: organisation.legalName }));
          void navigate(`/organisations/${organisation.id}`);
        },
      },
    );

  const error = accept.error;
  // 403 also answers accounts that cannot join organisations at all (staff roles).
  const wrongAccount =
    isApiProblem(error) && error.is(PROBLEM_TYPES.forbidden) && !!me && hasPermission(me.roles, 'organisations:use');

  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('organisations.accept.title')}</Title>
      {token === '' ? (
        <Notice color="red" title={t('organisations.accept.noToken')} />
      ) : (
        <>
          <Text>{t('organisations.accept.body', { email: me?.email ?? '' })}</Text>
          {error != null && (
            <ProblemAlert error={error} title={wrongAccount ? t('organisations.accept.wrongAccount') : undefined}>
              {wrongAccount && isApiProblem(error) && error.detail && <Text size="sm">{error.detail}</Text>}
            </ProblemAlert>
          )}
          <div>
            <Button onClick={onAccept} loading={accept.isPending}>
              {t('organisations.accept.submit')}
            </Button>
          </div>
        </>
      )}
      <Anchor component={Link} to="/organisations" size="sm">
        {t('organisations.mine.title')}
      </Anchor>
    </Stack>
  );
}
