import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { formatEventWhen } from './event-format';
import { useCentreEvents } from './events.api';

/** A resource centre's upcoming trainings and events, soonest first, on the centre's page. */
export function CentreEventsSection({ centreId }: { centreId: string }) {
  const { t, i18n } = useTranslation();
  const events = useCentreEvents(centreId);
  return (
    <Stack component="section" aria-labelledby="centre-events" gap="sm">
      <Title order={2} id="centre-events">
        {t('events.centre.title')}
      </Title>
      {events.isPending && <PageLoader />}
      {events.isError && <ProblemAlert error={events.error} />}
      {events.data && events.data.items.length === 0 && <Text>{t('events.centre.empty')}</Text>}
      {events.data && events.data.items.length > 0 && (
        <>
          <List>
            {events.data.items.map((event) => (
              <List.Item key={event.id}>
                <Anchor component={Link} to={`/events/${event.id}`}>
                  {localized(event.title, i18n.language)}
                </Anchor>{' '}
                · {t(`events.types.${event.type}`)} · {formatEventWhen(event, i18n.language)}
              </List.Item>
            ))}
          </List>
          {events.data.total > events.data.items.length && (
            <Text size="sm">{t('events.centre.more', { total: events.data.total })}</Text>
          )}
          <Anchor component={Link} to="/events">
            {t('events.centre.allEvents')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
