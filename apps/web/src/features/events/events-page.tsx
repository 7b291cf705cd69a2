import { Anchor, Card, Group, Pagination, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EVENT_TYPES, type TEventSummary, type TEventType } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { PlainSelect } from '../../components/plain-select';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../auth/auth.api';
import { municipalityName } from '../reference-data/reference-labels';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { hasPermission } from '@kopa/shared';
import { EVENTS_PAGE_SIZE, useEvents } from './events.api';
import { formatEventPlace, formatEventWhen } from './event-format';
import { DotBadge } from '../../components/dot-badge';

/** Public list of upcoming trainings and events, soonest first, filtered by municipality and type. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('events.list.title'));
  const [params, setParams] = useSearchParams();
  const municipality = params.get('municipality');
  const typeParam = params.get('type');
  const type = (EVENT_TYPES as readonly string[]).includes(typeParam ?? '') ? (typeParam as TEventType) : null;
  const page = Math.max(1, Math.min(10_000, Number(params.get('page')) || 1));
  const events = useEvents({ municipality, type, page });
  const municipalities = useMunicipalities();
  const { data: me } = useMe();

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('events.list.title')}</Title>
          <Text>{t('events.list.intro')}</Text>
        </Stack>
        <Group gap="md">
          {me && hasPermission(me.roles, 'events:attend') && (
            <Anchor component={Link} to="/events/mine" fw={600}>
              {t('events.mine.link')}
            </Anchor>
          )}
          {me && hasPermission(me.roles, 'events:manage') && (
            <Anchor component={Link} to="/manage/events/new" fw={600}>
              {t('events.list.create')}
            </Anchor>
          )}
        </Group>
      </Group>
      <Group component="form" role="search" aria-label={t('events.list.filters')} onSubmit={(event) => event.preventDefault()} align="flex-end">
        {/* Native selects: a public page's first visit stays light (no combobox library). */}
        <PlainSelect
          label={t('events.fields.municipality')}
          value={municipality ?? ''}
          onChange={(event) => setFilter('municipality', event.currentTarget.value || null)}
          data={[
            { value: '', label: t('events.list.anyMunicipality') },
            ...(municipalities.data ?? []).map((item) => ({ value: item.code, label: municipalityName(item, i18n.language) })),
          ]}
        />
        <PlainSelect
          label={t('events.fields.type')}
          value={type ?? ''}
          onChange={(event) => setFilter('type', event.currentTarget.value || null)}
          data={[{ value: '', label: t('events.list.anyType') }, ...EVENT_TYPES.map((value) => ({ value, label: t(`events.types.${value}`) }))]}
        />
      </Group>
      {events.isPending ? (
        <PageLoader />
      ) : events.isError ? (
        <ProblemAlert error={events.error} />
      ) : events.data.items.length === 0 ? (
        <Text>{t('events.list.empty')}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {t('events.list.total', { count: events.data.total })}
          </Text>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} m={0} p={0} style={{ listStyle: 'none' }}>
            {events.data.items.map((event) => (
              <li key={event.id}>
                <EventCard event={event} />
              </li>
            ))}
          </SimpleGrid>
          {events.data.total > EVENTS_PAGE_SIZE && (
            <Pagination
              total={Math.ceil(events.data.total / EVENTS_PAGE_SIZE)}
              value={page}
              onChange={(next) => setParams((current) => ({ ...Object.fromEntries(current), page: String(next) }))}
              getControlProps={(control) => ({ 'aria-label': t(`events.list.page.${control}`) })}
              getItemProps={(item) => ({ 'aria-label': t('events.list.page.number', { page: item }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function EventCard({ event }: { event: TEventSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" h="100%">
      <Stack gap="xs">
        <DotBadge color="blue">
          {t(`events.types.${event.type}`)}
        </DotBadge>
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/events/${event.id}`}>
            {localized(event.title, i18n.language)}
          </Anchor>
        </Title>
        <Text size="sm">{formatEventWhen(event, i18n.language)}</Text>
        <Text size="sm">{formatEventPlace(event, i18n.language, t('events.online'))}</Text>
        <Text size="sm" fw={600}>
          {event.placesLeft > 0 ? t('events.placesLeft', { left: event.placesLeft, capacity: event.capacity }) : t('events.full')}
        </Text>
      </Stack>
    </Card>
  );
}
