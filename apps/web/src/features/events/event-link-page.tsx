import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useRegistrationLink } from './events.api';

/** Where the e-mailed links land: the person confirms (or cancels) with one button, so a mail scanner opening the link changes nothing. */
export function EventLinkPage({ purpose }: { purpose: 'confirm' | 'cancel' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const registrationId = params.get('registration') ?? '';
  const token = params.get('token') ?? '';
  const link = useRegistrationLink(purpose);
  usePageTitle(t(`events.link.${purpose}.title`));
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t(`events.link.${purpose}.title`)}</Title>
      {link.isSuccess ? (
        <>
          <Notice color={link.data.status === 'cancelled' ? 'gray' : link.data.status === 'confirmed' ? 'green' : 'yellow'} title={t(`events.register.status.${link.data.status}`)} role="status">
            {link.data.status === 'waitlisted' ? t('events.register.waitlistedBody') : link.data.status === 'confirmed' ? t('events.register.confirmedBody') : t('events.link.cancelledBody')}
          </Notice>
          <Anchor component={Link} to={`/events/${link.data.eventId}`}>
            {t('events.link.toEvent')}
          </Anchor>
        </>
      ) : (
        <>
          <Text>{t(`events.link.${purpose}.body`)}</Text>
          {link.isError && <ProblemAlert error={link.error} />}
          <Button color={purpose === 'cancel' ? 'red' : undefined} loading={link.isPending} disabled={!registrationId || !token} onClick={() => link.mutate({ registrationId, token })}>
            {t(`events.link.${purpose}.action`)}
          </Button>
        </>
      )}
    </Stack>
  );
}
