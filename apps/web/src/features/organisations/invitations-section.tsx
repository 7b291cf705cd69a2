import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { formatRigaDateTime, ORGANISATION_ROLES, type TInviteMemberRequest } from '@kopa/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { FormProblemAlert, ProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { intlLocaleOf } from '../../i18n/languages';
import { inviteMemberResolver } from './organisation-form.schema';
import { useInvitations, useInviteMember, useRevokeInvitation } from './organisations.api';

interface InviteFormValues {
  email: string;
  role: 'owner' | 'member';
}

/** Owners invite people by e-mail and see, and can revoke, the invitations not yet accepted. */
export function InvitationsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="organisation-invitations" gap="md">
      <Title order={2} id="organisation-invitations">
        {t('organisations.invitations.title')}
      </Title>
      <InviteForm organisationId={organisationId} />
      <PendingInvitations organisationId={organisationId} />
    </Stack>
  );
}

function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const invite = useInviteMember(organisationId);
  const defaults: InviteFormValues = { email: '', role: 'member' };
  const form = useForm<InviteFormValues, unknown, TInviteMemberRequest>({
    resolver: inviteMemberResolver,
    defaultValues: defaults,
  });
  const formProblem = useFormProblem(form.setError, defaults);
  const errorOf = useFieldError(form.formState.errors);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    invite.mutate(body, {
      onSuccess: (invitation) => {
        notifySuccess(t('organisations.invitations.sent', { email: invitation.email }));
        form.reset(defaults);
      },
      onError: formProblem.report,
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('organisations.invitations.formLabel')}>
      <Stack gap="sm">
        <Text size="sm">{t('organisations.invitations.intro')}</Text>
        <FormProblemAlert problem={formProblem.problem} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('organisations.invitations.email')}
            required
            type="email"
            autoComplete="off"
            style={{ flex: '1 1 260px' }}
            error={errorOf('email')}
            {...form.register('email')}
          />
          <NativeSelect
            label={t('organisations.members.role')}
            data={ORGANISATION_ROLES.map((role) => ({ value: role, label: t(`organisations.roles.${role}`) }))}
            error={errorOf('role')}
            {...form.register('role')}
          />
        </Group>
        <div>
          <Button type="submit" loading={invite.isPending}>
            {t('organisations.invitations.send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function PendingInvitations({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const invitations = useInvitations(organisationId, true);
  const revoke = useRevokeInvitation(organisationId);
  const [error, setError] = useState<unknown>(null);

  if (invitations.isPending) return <PageLoader />;
  if (invitations.isError) return <ProblemAlert error={invitations.error} />;

  return (
    <Stack gap="sm">
      <Title order={3}>{t('organisations.invitations.pending')}</Title>
      {error != null && <ProblemAlert error={error} />}
      {invitations.data.length === 0 ? (
        <Text>{t('organisations.invitations.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.invitations.email')}</Table.Th>
                <Table.Th scope="col">{t('organisations.members.role')}</Table.Th>
                <Table.Th scope="col">{t('organisations.invitations.expires')}</Table.Th>
                <Table.Th scope="col">{t('organisations.members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Th scope="row" fw={400}>
                    {invitation.email}
                  </Table.Th>
                  <Table.Td>{t(`organisations.roles.${invitation.role}`)}</Table.Td>
                  <Table.Td>
                    {invitation.expired
                      ? t('organisations.invitations.expired')
                      : formatRigaDateTime(invitation.expiresAt, locale)}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      loading={revoke.isPending && revoke.variables === invitation.id}
                      aria-label={t('organisations.invitations.revokeNamed', { email: invitation.email })}
                      onClick={() => {
                        setError(null);
                        revoke.mutate(invitation.id, {
                          onSuccess: () => notifySuccess(t('organisations.invitations.revoked', { email: invitation.email })),
                          onError: setError,
                        });
                      }}
                    >
                      {t('organisations.invitations.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
