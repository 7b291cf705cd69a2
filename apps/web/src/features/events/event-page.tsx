import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { PARTICIPANT_GROUPS, PROBLEM_TYPES, type TEventDetail, type TParticipantGroup } from '@kopa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { Notice } from '../../components/notice';
import { PageLoader } from '../../components/page-loader';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { apiLocaleOf, localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { PlainSelect } from '../../components/plain-select';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../auth/auth.api';
import { certificateUrl, useCancelMine, useEvent, useRegister } from './events.api';
import { formatEventPlace, formatEventWhen } from './event-format';
import { DotBadge } from '../../components/dot-badge';

export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  if (event.isPending) return <PageLoader />;
  if (event.isError) {
    const notFound = isApiProblem(event.error) && (event.error.status === 404 || event.error.is(PROBLEM_TYPES.notFound));
    return notFound ? <EventNotFound /> : <ProblemAlert error={event.error} title={t('events.page.loadFailed')} />;
  }
  return <EventView event={event.data} />;
}

function EventView({ event }: { event: TEventDetail }) {
  const { t, i18n } = useTranslation();
  const title = localized(event.title, i18n.language);
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/events" size="sm">
        {t('events.page.backToList')}
      </Anchor>
      <Stack gap={4}>
        <DotBadge color="blue">
          {t(`events.types.${event.type}`)}
        </DotBadge>
        <Title order={1}>{title}</Title>
      </Stack>
      {event.canManage && (
        <Group>
          <Button component={Link} to={`/manage/events/${event.id}/check-in`}>
            {t('events.page.checkIn')}
          </Button>
          <Button component={Link} to={`/manage/events/${event.id}/edit`} variant="default">
            {t('events.page.edit')}
          </Button>
        </Group>
      )}
      <DetailList
        items={[
          { label: t('events.fields.when'), value: formatEventWhen(event, i18n.language) },
          { label: t('events.fields.place'), value: formatEventPlace(event, i18n.language, t('events.online')) || '—' },
          ...(event.onlineUrl ? [{ label: t('events.fields.onlineUrl'), value: <Anchor href={event.onlineUrl}>{event.onlineUrl}</Anchor> }] : []),
          { label: t('events.fields.places'), value: event.placesLeft > 0 ? t('events.placesLeft', { left: event.placesLeft, capacity: event.capacity }) : t('events.full') },
          { label: t('events.fields.registrationDeadline'), value: formatEventWhen({ startsAt: event.registrationDeadline, endsAt: event.registrationDeadline }, i18n.language).split('–')[0]! },
          { label: t('events.fields.targetGroups'), value: event.targetGroups.map((group) => t(`events.groups.${group}`)).join(', ') },
          { label: t('events.fields.organiser'), value: event.organiser.displayName },
        ]}
      />
      <RegistrationPanel event={event} />
      <Stack component="section" gap="xs" aria-labelledby="event-description-heading">
        <Title order={2} id="event-description-heading">
          {t('events.page.description')}
        </Title>
        <PlainText text={localized(event.description, i18n.language)} />
      </Stack>
    </Stack>
  );
}

function RegistrationPanel({ event }: { event: TEventDetail }) {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const register = useRegister(event.id);
  const cancel = useCancelMine(event.id);
  const [group, setGroup] = useState<TParticipantGroup | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [groupError, setGroupError] = useState<string | null>(null);
  const mine = event.myRegistration;

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    if (!group) {
      setGroupError(t('events.register.groupRequired'));
      return;
    }
    setGroupError(null);
    register.mutate(me ? { participantGroup: group } : { participantGroup: group, name, email, locale: apiLocaleOf(i18n.language) });
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="event-registration-heading">
      <Stack gap="sm">
        <Title order={2} id="event-registration-heading">
          {t('events.register.title')}
        </Title>
        {mine && mine.status !== 'cancelled' ? (
          <>
            <Notice color={mine.status === 'confirmed' ? 'green' : 'yellow'} title={t(`events.register.status.${mine.status}`)} role="status">
              {mine.status === 'waitlisted' ? t('events.register.waitlistedBody') : t('events.register.confirmedBody')}
            </Notice>
            <Group>
              {mine.checkedIn && (
                <Button component="a" href={certificateUrl(event.id, mine.id, i18n.language)} variant="default">
                  {t('events.register.certificate')}
                </Button>
              )}
              <Button color="red" variant="outline" loading={cancel.isPending} onClick={() => cancel.mutate()}>
                {t('events.register.cancel')}
              </Button>
            </Group>
            {cancel.isError && <ProblemAlert error={cancel.error} />}
          </>
        ) : register.isSuccess && register.data.status === 'pending_confirmation' ? (
          <Notice color="blue" title={t('events.register.checkEmailTitle')} role="status">
            {t('events.register.checkEmailBody')}
          </Notice>
        ) : !event.registrationOpen ? (
          <Text>{t('events.register.closed')}</Text>
        ) : (
          <Stack component="form" gap="sm" onSubmit={submit}>
            {event.placesLeft === 0 && <Text>{t('events.register.willWait')}</Text>}
            {!me && (
              <>
                <Text size="sm">{t('events.register.visitorNote')}</Text>
                <TextInput label={t('events.register.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" />
                <TextInput label={t('events.register.email')} required type="email" maxLength={254} value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
              </>
            )}
            <PlainSelect
              label={t('events.register.group')}
              required
              value={group ?? ''}
              error={groupError}
              onChange={(event) => setGroup((event.currentTarget.value || null) as TParticipantGroup | null)}
              data={[{ value: '', label: t('events.register.groupChoose') }, ...PARTICIPANT_GROUPS.map((value) => ({ value, label: t(`events.groups.${value}`) }))]}
            />
            {register.isError && <ProblemAlert error={register.error} />}
            <Group>
              <Button type="submit" loading={register.isPending}>
                {t('events.register.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function EventNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('events.page.notFound'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('events.page.notFound')}</Title>
      <Anchor component={Link} to="/events">
        {t('events.page.backToList')}
      </Anchor>
    </Stack>
  );
}
