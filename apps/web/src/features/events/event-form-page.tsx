import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import {
  EVENT_ADDRESS_MAX,
  EVENT_CAPACITY_MAX,
  EVENT_DESCRIPTION_MAX,
  EVENT_TITLE_MAX,
  EVENT_TYPES,
  PARTICIPANT_GROUPS,
  instantToRigaLocal,
  rigaLocalToInstant,
  type TEventDetail,
  type TEventType,
  type TParticipantGroup,
} from '@kopa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { municipalityName } from '../reference-data/reference-labels';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { ResourceCentrePicker } from '../resource-centres';
import { useEvent, useSaveEvent } from './events.api';
import { DateField } from '../../components/date-field';

interface Values {
  type: TEventType;
  titleLv: string;
  titleEn: string;
  descriptionLv: string;
  descriptionEn: string;
  startsAt: string;
  endsAt: string;
  registrationDeadline: string;
  municipalityCode: string | null;
  address: string;
  onlineUrl: string;
  capacity: number | string;
  targetGroups: TParticipantGroup[];
  resourceCentreId: string | null;
  /** The chosen centre's name, shown in the picker before anything is searched. */
  centreLabel: string | null;
}

const EMPTY: Values = {
  type: 'seminar',
  titleLv: '',
  titleEn: '',
  descriptionLv: '',
  descriptionEn: '',
  startsAt: '',
  endsAt: '',
  registrationDeadline: '',
  municipalityCode: null,
  address: '',
  onlineUrl: '',
  capacity: 20,
  targetGroups: [],
  resourceCentreId: null,
  centreLabel: null,
};

function valuesOf(event: TEventDetail, language: string): Values {
  return {
    type: event.type,
    titleLv: event.edit?.titleLv ?? event.title.lv,
    titleEn: event.edit?.titleEn ?? event.title.en,
    descriptionLv: event.edit?.descriptionLv ?? event.description.lv,
    descriptionEn: event.edit?.descriptionEn ?? event.description.en,
    startsAt: instantToRigaLocal(event.startsAt),
    endsAt: instantToRigaLocal(event.endsAt),
    registrationDeadline: instantToRigaLocal(event.registrationDeadline),
    municipalityCode: event.edit?.municipalityCode ?? null,
    address: event.address ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity,
    targetGroups: event.targetGroups,
    resourceCentreId: event.edit?.resourceCentreId ?? null,
    centreLabel: event.resourceCentre ? (language.startsWith('en') ? event.resourceCentre.name.en : event.resourceCentre.name.lv) : null,
  };
}

export function NewEventPage() {
  return <EventForm initial={EMPTY} eventId={null} />;
}

export function EditEventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  const { i18n } = useTranslation();
  if (event.isPending) return <PageLoader />;
  if (event.isError) return <ProblemAlert error={event.error} />;
  return <EventForm initial={valuesOf(event.data, i18n.language)} eventId={event.data.id} />;
}

/** Create or edit an event; times are typed in Riga time. */
function EventForm({ initial, eventId }: { initial: Values; eventId: string | null }) {
  const { t, i18n } = useTranslation();
  const heading = eventId ? t('events.form.editTitle') : t('events.form.newTitle');
  usePageTitle(heading);
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const save = useSaveEvent(eventId);
  const [values, setValues] = useState<Values>(initial);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const fieldErrors = isApiProblem(save.error) ? save.error.errors : [];
  const errorOf = (path: string) => {
    const found = fieldErrors.find((error) => error.path === path || error.path.startsWith(`${path}.`));
    return found ? t(found.message.startsWith('events.') ? `events.validation.${found.message.slice(7)}` : 'events.validation.invalid') : undefined;
  };
  const rigaTime = t('events.form.rigaTime');

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    save.mutate(
      {
        type: values.type,
        titleLv: values.titleLv,
        titleEn: values.titleEn,
        descriptionLv: values.descriptionLv,
        descriptionEn: values.descriptionEn,
        startsAt: rigaLocalToInstant(values.startsAt) ?? values.startsAt,
        endsAt: rigaLocalToInstant(values.endsAt) ?? values.endsAt,
        registrationDeadline: rigaLocalToInstant(values.registrationDeadline) ?? values.registrationDeadline,
        resourceCentreId: values.resourceCentreId,
        municipalityCode: values.municipalityCode,
        address: values.address.trim() || null,
        onlineUrl: values.onlineUrl.trim() || null,
        capacity: Number(values.capacity),
        targetGroups: values.targetGroups,
      },
      { onSuccess: (event) => navigate(`/events/${event.id}`) },
    );
  };

  return (
    <Stack component="form" gap="lg" onSubmit={submit}>
      <Title order={1}>{heading}</Title>
      <Fieldset legend={t('events.form.about')}>
        <Stack gap="sm">
          <Select
            label={t('events.fields.type')}
            required
            allowDeselect={false}
            value={values.type}
            onChange={(value) => value && set('type')(value as TEventType)}
            data={EVENT_TYPES.map((value) => ({ value, label: t(`events.types.${value}`) }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('events.fields.titleLv')} required maxLength={EVENT_TITLE_MAX} value={values.titleLv} error={errorOf('titleLv')} onChange={(e) => set('titleLv')(e.currentTarget.value)} />
            <TextInput label={t('events.fields.titleEn')} required maxLength={EVENT_TITLE_MAX} value={values.titleEn} error={errorOf('titleEn')} onChange={(e) => set('titleEn')(e.currentTarget.value)} />
            <Textarea label={t('events.fields.descriptionLv')} required autosize minRows={4} maxLength={EVENT_DESCRIPTION_MAX} value={values.descriptionLv} error={errorOf('descriptionLv')} onChange={(e) => set('descriptionLv')(e.currentTarget.value)} />
            <Textarea label={t('events.fields.descriptionEn')} required autosize minRows={4} maxLength={EVENT_DESCRIPTION_MAX} value={values.descriptionEn} error={errorOf('descriptionEn')} onChange={(e) => set('descriptionEn')(e.currentTarget.value)} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('events.form.schedule')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField withTime label={`${t('events.fields.startsAt')} ${rigaTime}`} required value={values.startsAt} error={errorOf('startsAt')} onChange={set('startsAt')} />
          <DateField withTime label={`${t('events.fields.endsAt')} ${rigaTime}`} required value={values.endsAt} error={errorOf('endsAt')} onChange={set('endsAt')} />
          <DateField
            withTime
            label={`${t('events.fields.registrationDeadline')} ${rigaTime}`}
            required
            value={values.registrationDeadline}
            error={errorOf('registrationDeadline')}
            onChange={set('registrationDeadline')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('events.form.place')}>
        <Text size="sm" mb="sm">
          {t('events.form.placeHint')}
        </Text>
        <ResourceCentrePicker
          label={t('events.fields.resourceCentre')}
          description={t('events.form.centreHint')}
          value={values.resourceCentreId}
          initialOption={values.resourceCentreId && values.centreLabel ? { value: values.resourceCentreId, label: values.centreLabel } : null}
          error={errorOf('resourceCentreId')}
          onChange={set('resourceCentreId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <Select
            label={t('events.fields.municipality')}
            clearable
            value={values.municipalityCode}
            error={errorOf('municipalityCode')}
            onChange={set('municipalityCode')}
            data={(municipalities.data ?? []).map((item) => ({ value: item.code, label: municipalityName(item, i18n.language) }))}
          />
          <TextInput label={t('events.fields.address')} maxLength={EVENT_ADDRESS_MAX} value={values.address} error={errorOf('address')} onChange={(e) => set('address')(e.currentTarget.value)} />
          <TextInput label={t('events.fields.onlineUrl')} type="url" maxLength={500} value={values.onlineUrl} error={errorOf('onlineUrl')} onChange={(e) => set('onlineUrl')(e.currentTarget.value)} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('events.form.participants')}>
        <Stack gap="sm">
          <NumberInput label={t('events.fields.capacity')} required min={1} max={EVENT_CAPACITY_MAX} allowDecimal={false} value={values.capacity} error={errorOf('capacity')} onChange={set('capacity')} w={200} />
          <Checkbox.Group label={t('events.fields.targetGroups')} required value={values.targetGroups} error={errorOf('targetGroups')} onChange={(value) => set('targetGroups')(value as TParticipantGroup[])}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {PARTICIPANT_GROUPS.map((group) => (
                <Checkbox key={group} value={group} label={t(`events.groups.${group}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Stack>
      </Fieldset>
      {save.isError && <ProblemAlert error={save.error} />}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('events.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
