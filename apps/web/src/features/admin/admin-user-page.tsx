import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { formatRigaDateTime, ROLES, type TAdminUserDetail, type TRole } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { isReauthProblem, useWithReauth } from '../account/reauth-dialog';
import { useAdminUser, useChangeUser, type UserChange } from './admin.api';

/** `/admin/users/:id`: one account, its roles and whether it may sign in. */
export function AdminUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useAdminUser(id);
  usePageTitle(user.data?.displayName ?? t('admin.users.title'));
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin">
        {t('admin.users.back')}
      </Anchor>
      {user.isPending ? <PageLoader /> : user.isError ? <ProblemAlert error={user.error} /> : <UserDetail user={user.data} />}
    </Stack>
  );
}

function UserDetail({ user }: { user: TAdminUserDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const change = useChangeUser(user.id);
  const [error, setError] = useState<unknown>(null);
  const [newRole, setNewRole] = useState<TRole | null>(null);
  const reauth = useWithReauth();
  // Role and account changes ask for the password (and code) again when the API wants it, then run.
  const apply = (next: UserChange, done: string) => {
    setError(null);
    void reauth.run(async () => {
      try {
        await change.mutateAsync(next);
        notifySuccess(done);
      } catch (failure) {
        if (isReauthProblem(failure)) throw failure;
        setError(failure);
      }
    });
  };
  const missing = ROLES.filter((role) => !user.roles.includes(role));

  return (
    <Stack gap="lg">
      <Title order={1}>{user.displayName}</Title>
      {user.deactivatedAt && (
        <Alert color="gray" variant="light" title={t('admin.user.deactivatedTitle')}>
          {t('admin.user.deactivatedSince', { time: formatRigaDateTime(user.deactivatedAt, locale) })}
        </Alert>
      )}
      {error !== null && <ProblemAlert error={error} />}
      {reauth.dialog}
      <DetailList
        items={[
          { label: t('admin.users.email'), value: user.email },
          { label: t('admin.user.language'), value: user.locale === 'lv' ? 'Latviešu' : 'English' },
          { label: t('admin.user.verified'), value: user.emailVerifiedAt ? formatRigaDateTime(user.emailVerifiedAt, locale) : t('admin.user.notVerified') },
          { label: t('admin.user.created'), value: formatRigaDateTime(user.createdAt, locale) },
          { label: t('admin.user.sessions'), value: String(user.activeSessionCount) },
          { label: t('admin.user.lastSeen'), value: user.lastSeenAt ? formatRigaDateTime(user.lastSeenAt, locale) : '—' },
          {
            label: t('admin.user.programmes'),
            value: user.programmes.length ? user.programmes.map((programme) => localized(programme.name, i18n.language)).join(', ') : '—',
          },
        ]}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="roles-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="roles-heading">
            {t('admin.users.roles')}
          </Title>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {user.roles.map((role) => (
              <Group component="li" key={role} gap="sm">
                <Text fw={600}>{t(`role.${role}`)}</Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={change.isPending}
                  onClick={() => apply({ kind: 'revoke', role }, t('admin.user.roleRevoked', { role: t(`role.${role}`) }))}
                  aria-label={t('admin.user.revokeRole', { role: t(`role.${role}`) })}
                >
                  {t('admin.user.revoke')}
                </Button>
              </Group>
            ))}
          </Stack>
          {missing.length > 0 && (
            <Group align="end" gap="sm">
              <Select
                label={t('admin.user.addRole')}
                data={missing.map((value) => ({ value, label: t(`role.${value}`) }))}
                value={newRole}
                onChange={(value) => setNewRole(value as TRole | null)}
              />
              <Button
                disabled={!newRole}
                loading={change.isPending}
                onClick={() => {
                  if (!newRole) return;
                  apply({ kind: 'assign', role: newRole }, t('admin.user.roleAssigned', { role: t(`role.${newRole}`) }));
                  setNewRole(null);
                }}
              >
                {t('admin.user.assign')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <Group>
        {user.deactivatedAt ? (
          <Button variant="default" loading={change.isPending} onClick={() => apply({ kind: 'reactivate' }, t('admin.user.reactivated'))}>
            {t('admin.user.reactivate')}
          </Button>
        ) : (
          <Button color="red.9" loading={change.isPending} onClick={() => apply({ kind: 'deactivate' }, t('admin.user.deactivated'))}>
            {t('admin.user.deactivate')}
          </Button>
        )}
        <Anchor component={Link} to={`/admin/audit?entityType=user&entityId=${user.id}`}>
          {t('admin.user.history')}
        </Anchor>
      </Group>
    </Stack>
  );
}
