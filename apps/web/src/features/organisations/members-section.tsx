import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { ORGANISATION_ROLES, type TMemberResponse, type TOrganisationResponse, type TOrganisationRole } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { useMe } from '../auth/auth.api';
import { useChangeMemberRole, useMembers, useRemoveMember } from './organisations.api';

/** Members with their roles; owners change roles and remove people, anyone may leave. */
export function MembersSection({ organisation }: { organisation: TOrganisationResponse }) {
  const { t } = useTranslation();
  const members = useMembers(organisation.id);
  const changeRole = useChangeMemberRole(organisation.id);
  const remove = useRemoveMember(organisation.id);
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const isOwner = organisation.myRole === 'owner';

  const onRoleChange = (member: TMemberResponse, role: TOrganisationRole) => {
    setError(null);
    changeRole.mutate(
      { userId: member.userId, role },
      { onSuccess: () => notifySuccess(t('organisations.members.roleChanged', { name: member.displayName })), onError: setError },
    );
  };

  const onRemove = (member: TMemberResponse) => {
    const leaving = member.userId === me?.id;
    const question = leaving
      ? t('organisations.members.confirmLeave', { organisation: organisation.legalName })
      : t('organisations.members.confirmRemove', { name: member.displayName });
    if (!window.confirm(question)) return;
    setError(null);
    remove.mutate(member.userId, {
      onSuccess: () => {
        notifySuccess(leaving ? t('organisations.members.left') : t('organisations.members.removed', { name: member.displayName }));
        if (leaving) void navigate('/organisations');
      },
      onError: setError,
    });
  };

  return (
    <Stack component="section" aria-labelledby="organisation-members" gap="md">
      <Title order={2} id="organisation-members">
        {t('organisations.members.title')}
      </Title>
      {error != null && <ProblemAlert error={error} />}
      {members.isPending ? (
        <PageLoader />
      ) : members.isError ? (
        <ProblemAlert error={members.error} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('organisations.members.caption', { organisation: organisation.legalName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.members.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.members.email')}</Table.Th>
                <Table.Th scope="col">{t('organisations.members.role')}</Table.Th>
                {organisation.myRole && <Table.Th scope="col">{t('organisations.members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.map((member) => {
                const isMe = member.userId === me?.id;
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Th scope="row" fw={400}>
                      {member.displayName}
                      {isMe && (
                        <Text component="span" size="sm" c="dimmed">
                          {' '}
                          ({t('organisations.members.you')})
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{member.email}</Table.Td>
                    <Table.Td>
                      {isOwner ? (
                        <NativeSelect
                          aria-label={t('organisations.members.roleOf', { name: member.displayName })}
                          value={member.role}
                          disabled={changeRole.isPending}
                          data={ORGANISATION_ROLES.map((role) => ({ value: role, label: t(`organisations.roles.${role}`) }))}
                          onChange={(event) => onRoleChange(member, event.currentTarget.value as TOrganisationRole)}
                          styles={{ wrapper: { maxWidth: 180 } }}
                        />
                      ) : (
                        t(`organisations.roles.${member.role}`)
                      )}
                    </Table.Td>
                    {organisation.myRole && (
                      <Table.Td>
                        <Group gap="xs">
                          {(isOwner || isMe) && (
                            <Button
                              size="xs"
                              variant="default"
                              color="red.9"
                              loading={remove.isPending && remove.variables === member.userId}
                              onClick={() => onRemove(member)}
                              aria-label={
                                isMe
                                  ? t('organisations.members.leave')
                                  : t('organisations.members.removeNamed', { name: member.displayName })
                              }
                            >
                              {isMe ? t('organisations.members.leave') : t('organisations.members.remove')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
