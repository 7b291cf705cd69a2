import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { TMyRegistrationItem } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../components/list-pagination';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { certificateUrl, MY_REGISTRATIONS_PAGE_SIZE, useCancelMyRegistration, useMyRegistrations } from './events.api';
import { formatEventPlace, formatEventWhen } from './event-format';

type When = 'upcoming' | 'past';

/** The signed-in person's registrations: upcoming (cancel) and past (download the certificate). */
export function MyRegistrationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('events.mine.title'));
  const [when, setWhen] = useState<When>('upcoming');
  const [page, setPage] = useState(1);
  const registrations = useMyRegistrations(when, page);

  return (
    <Stack gap="lg" maw={820}>
      <Title order={1}>{t('events.mine.title')}</Title>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('events.mine.which')}
          value={when}
          onChange={(value) => {
            setWhen(value as When);
            setPage(1);
          }}
          data={[
            { value: 'upcoming', label: t('events.mine.upcoming') },
            { value: 'past', label: t('events.mine.past') },
          ]}
        />
        <Anchor component={Link} to="/events">
          {t('events.mine.browse')}
        </Anchor>
      </Group>
      {registrations.isPending && <PageLoader />}
      {registrations.isError && <ProblemAlert error={registrations.error} />}
      {registrations.data && registrations.data.items.length === 0 && <Text role="status">{when === 'upcoming' ? t('events.mine.emptyUpcoming') : t('events.mine.emptyPast')}</Text>}
      {registrations.data && registrations.data.items.length > 0 && (
        <Stack component="ul" aria-label={when === 'upcoming' ? t('events.mine.upcoming') : t('events.mine.past')} gap="sm" p={0} style={{ listStyle: 'none' }}>
          {registrations.data.items.map((item) => (
            <RegistrationCard key={item.id} item={item} />
          ))}
        </Stack>
      )}
      {registrations.data && <ListPagination total={registrations.data.total} pageSize={MY_REGISTRATIONS_PAGE_SIZE} page={page} onChange={setPage} />}
    </Stack>
  );
}

function RegistrationCard({ item }: { item: TMyRegistrationItem }) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelMyRegistration();
  const [confirming, setConfirming] = useState(false);
  const title = localized(item.event.title, i18n.language);
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/events/${item.event.id}`} fw={700}>
            {title}
          </Anchor>
          <Badge variant="light" color={item.status === 'confirmed' ? 'green' : 'yellow'} c="dark.9">
            {item.checkedIn ? t('events.mine.attended') : t(`events.register.status.${item.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{formatEventWhen(item.event, i18n.language)}</Text>
        <Text size="sm">{formatEventPlace(item.event, i18n.language, t('events.online'))}</Text>
        <Group gap="xs">
          {item.certificate && (
            <Button component="a" href={certificateUrl(item.event.id, item.id, i18n.language)} variant="default" size="xs" aria-label={`${t('events.register.certificate')}: ${title}`}>
              {t('events.register.certificate')}
            </Button>
          )}
          {item.cancellable && !confirming && (
            <Button variant="default" size="xs" onClick={() => setConfirming(true)} aria-label={`${t('events.register.cancel')}: ${title}`}>
              {t('events.register.cancel')}
            </Button>
          )}
          {item.cancellable && confirming && (
            <>
              <Text size="sm">{t('events.mine.cancelQuestion')}</Text>
              <Button size="xs" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(item.event.id, { onSuccess: () => notifySuccess(t('events.mine.cancelled')) })}>
                {t('events.mine.cancelConfirm')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                {t('events.mine.keep')}
              </Button>
            </>
          )}
        </Group>
        {cancel.isError && <ProblemAlert error={cancel.error} />}
      </Stack>
    </Card>
  );
}
