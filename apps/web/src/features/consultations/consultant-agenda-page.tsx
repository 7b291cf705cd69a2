import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { APP_TIME_ZONE, hasPermission, type TAgendaResponse } from '@kopa/shared';
import { useMe } from '../auth/auth.api';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/notice';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useAgenda } from './consultations.api';
import { PublishSlotsForm } from './publish-slots-form';
import { AgendaSlotActions } from './agenda-slot-actions';
import { useNow } from '../../lib/use-now';

type View = 'day' | 'week';

/** The consultant's home: today's or this week's consultations (Riga days), and publishing new times. */
export function ConsultantAgendaPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('consultations.agenda.title'));
  const [view, setView] = useState<View>('week');
  const [from, setFrom] = useState(() => DateTime.now().setZone(APP_TIME_ZONE).startOf(view === 'week' ? 'week' : 'day'));
  const days = view === 'week' ? 7 : 1;
  const agenda = useAgenda(from.toISODate()!, days);
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'lv';
  const { data: me } = useMe();

  const switchView = (next: View) => {
    setView(next);
    setFrom(DateTime.now().setZone(APP_TIME_ZONE).startOf(next === 'week' ? 'week' : 'day'));
  };

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('consultations.agenda.title')}</Title>
        {me && hasPermission(me.roles, 'consultations:manage') && (
          <Anchor component={Link} to="/manage/consultations/book" fw={600}>
            {t('consultations.onBehalf.link')}
          </Anchor>
        )}
      </Group>
      <Stack component="section" aria-labelledby="agenda-heading" gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} id="agenda-heading">
            {view === 'week'
              ? t('consultations.agenda.week', { from: from.setLocale(locale).toFormat('d LLL'), to: from.plus({ days: 6 }).setLocale(locale).toFormat('d LLL yyyy') })
              : from.setLocale(locale).toLocaleString(DateTime.DATE_HUGE)}
          </Title>
          <Group gap="xs">
            <SegmentedControl
              aria-label={t('consultations.agenda.view')}
              value={view}
              onChange={(value) => switchView(value as View)}
              data={[
                { value: 'day', label: t('consultations.agenda.day') },
                { value: 'week', label: t('consultations.agenda.weekView') },
              ]}
            />
            <Button variant="default" onClick={() => setFrom(from.minus({ days }))}>
              {t('consultations.agenda.previous')}
            </Button>
            <Button variant="default" onClick={() => setFrom(from.plus({ days }))}>
              {t('consultations.agenda.next')}
            </Button>
          </Group>
        </Group>
        {agenda.isPending && <PageLoader />}
        {agenda.isError && <ProblemAlert error={agenda.error} />}
        {agenda.data && <AgendaList agenda={agenda.data} locale={locale} />}
      </Stack>
      <PublishSlotsForm />
    </Stack>
  );
}

function AgendaList({ agenda, locale }: { agenda: TAgendaResponse; locale: string }) {
  const { t } = useTranslation();
  const now = useNow().getTime();
  if (agenda.items.length === 0) {
    return (
      <Notice color="blue" role="status" title={t('consultations.agenda.emptyTitle')}>
        <Text>{t('consultations.agenda.emptyBody')}</Text>
      </Notice>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
      {agenda.items.map(({ slot, booking }) => {
        const start = DateTime.fromISO(slot.startsAt).setZone(APP_TIME_ZONE).setLocale(locale);
        return (
          <Card key={slot.id} component="li" withBorder padding="sm">
            <Group justify="space-between" wrap="wrap">
              <Text fw={700}>
                {start.toFormat('ccc d LLL, HH:mm')}–{DateTime.fromISO(slot.endsAt).setZone(APP_TIME_ZONE).toFormat('HH:mm')} · {t(`consultations.modes.${slot.mode}`)}
              </Text>
              {booking ? (
                <Badge color="blue" c="dark.9" variant="light">{t('consultations.agenda.booked')}</Badge>
              ) : (
                <Badge color="gray" c="dark.9" variant="light">{t('consultations.agenda.free')}</Badge>
              )}
            </Group>
            {booking && (
              <Text size="sm">
                <Anchor component={Link} to={`/consultations/${booking.id}`}>
                  {booking.organisation.name}
                </Anchor>{' '}
                · {booking.contact.displayName} · {t(`consultations.topics.${booking.topic}`)}
              </Text>
            )}
            <AgendaSlotActions item={{ slot, booking }} started={new Date(slot.startsAt).getTime() <= now} />
          </Card>
        );
      })}
    </Stack>
  );
}
