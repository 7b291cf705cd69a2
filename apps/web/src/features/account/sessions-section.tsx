import { Badge, Button, Table, Text } from '@mantine/core';
import { formatRigaDateTime, type TSessionResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useLogout } from '../auth/auth.api';
import { AccountSection } from './account-section';
import { useRevokeSession, useSessions } from './account.api';
import { describeUserAgent } from './describe-user-agent';

export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const logout = useLogout();
  // Revoking this device's own session is logging out; do it the way that clears local state.
  const revokeSession = (session: TSessionResponse) =>
    session.current ? void logout.logOut('/login') : revoke.mutate(session.id);
  const isRevoking = (session: TSessionResponse) =>
    session.current ? logout.isPending : revoke.isPending && revoke.variables === session.id;

  return (
    <AccountSection id="sessions" title={t('account.sessions.title')}>
      <Text size="sm">{t('account.sessions.hint')}</Text>
      {revoke.isError && <ProblemAlert error={revoke.error} />}
      {sessions.isPending ? (
        <PageLoader />
      ) : sessions.isError ? (
        <ProblemAlert error={sessions.error} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.sessions.device')}</Table.Th>
                <Table.Th scope="col">{t('account.sessions.ipAddress')}</Table.Th>
                <Table.Th scope="col">{t('account.sessions.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('account.sessions.lastSeenAt')}</Table.Th>
                <Table.Th scope="col">{t('manageCalls.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  revoking={isRevoking(session)}
                  onRevoke={() => revokeSession(session)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </AccountSection>
  );
}

interface SessionRowProps {
  session: TSessionResponse;
  revoking: boolean;
  onRevoke: () => void;
}

function SessionRow({ session, revoking, onRevoke }: SessionRowProps) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const device = describeUserAgent(session.userAgent) ?? t('account.sessions.unknownDevice');
  const lastSeen = formatRigaDateTime(session.lastSeenAt, locale);

  return (
    <Table.Tr>
      <Table.Td>
        {device}{' '}
        {session.current && (
          <Badge variant="outline" color="dark" c="dark.9" tt="none" ml="xs">
            {t('account.sessions.thisDevice')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{session.ipAddress ?? '—'}</Table.Td>
      <Table.Td>{formatRigaDateTime(session.createdAt, locale)}</Table.Td>
      <Table.Td>{lastSeen}</Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="default"
          loading={revoking}
          aria-label={t('account.sessions.revokeLabel', { device, lastSeen })}
          onClick={onRevoke}
        >
          {t('account.sessions.revoke')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
