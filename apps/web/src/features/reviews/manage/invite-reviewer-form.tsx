import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiProblem } from '../../../lib/api-problem';
import { UI_LANGUAGES } from '../../../i18n/languages';
import { useInviteReviewer } from '../reviews.api';

/** Invites a new reviewer by e-mail: an account is created and a link to choose a password is sent. */
export function InviteReviewerForm({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const invite = useInviteReviewer(callId);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [locale, setLocale] = useState<'lv' | 'en'>('lv');

  return (
    <form
      aria-labelledby="invite-heading"
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate(
          { email, displayName, locale },
          {
            onSuccess: () => {
              notifySuccess(t('review.manage.pool.invited', { email }));
              setEmail('');
              setDisplayName('');
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={3} id="invite-heading">
          {t('review.manage.pool.inviteHeading')}
        </Title>
        {invite.error && <ProblemAlert error={invite.error} fieldErrors={isApiProblem(invite.error) ? invite.error.errors : []} />}
        <Group align="end">
          <TextInput label={t('review.manage.pool.inviteEmail')} type="email" required maxLength={254} value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
          <TextInput label={t('review.manage.pool.inviteName')} required maxLength={200} value={displayName} onChange={(event) => setDisplayName(event.currentTarget.value)} />
          <Select
            label={t('review.manage.pool.inviteLocale')}
            data={UI_LANGUAGES.map((language) => ({ value: language.apiLocale, label: language.nativeName }))}
            value={locale}
            allowDeselect={false}
            onChange={(value) => setLocale(value === 'en' ? 'en' : 'lv')}
          />
          <Button type="submit" loading={invite.isPending}>
            {t('review.manage.pool.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
