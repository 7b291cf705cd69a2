import { Button, FileInput, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { CSRF_HEADER, RESOURCE_CENTRE_PHOTO_FIELD, type TResourceCentre, type TUpdateResourceCentreRequest } from '@kopa/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { notifySuccess } from '../../components/notify';
import { client, unwrap } from '../../lib/api-client';
import { getCsrfToken } from '../../lib/api-middleware';
import { problemFromResponse } from '../../lib/api-problem';

type Fields = Omit<TUpdateResourceCentreRequest, 'version'>;

function fieldsOf(centre: TResourceCentre): Record<keyof Fields, string> {
  return {
    nameLv: centre.name.lv ?? '',
    nameEn: centre.name.en ?? '',
    address: centre.address,
    activitiesLv: centre.activities.lv ?? '',
    activitiesEn: centre.activities.en ?? '',
    descriptionLv: centre.description.lv ?? '',
    descriptionEn: centre.description.en ?? '',
    openingHoursLv: centre.openingHours.lv ?? '',
    openingHoursEn: centre.openingHours.en ?? '',
    contactEmail: centre.contactEmail ?? '',
    contactPhone: centre.contactPhone ?? '',
  };
}

const LONG: ReadonlyArray<keyof Fields> = ['activitiesLv', 'activitiesEn', 'descriptionLv', 'descriptionEn'];

/** Coordinators edit a centre's details and replace its photo (stored resized by the server). */
export function ResourceCentreEditor({ centre }: { centre: TResourceCentre }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => fieldsOf(centre));
  const [photo, setPhoto] = useState<File | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['public', 'resource-centres'] });

  const save = useMutation({
    mutationFn: () => unwrap(client.PUT('/api/resource-centres/{id}', { params: { path: { id: centre.id } }, body: { ...values, version: centre.version } })),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('resourceCentres.edit.saved'));
    },
  });
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData();
      body.append(RESOURCE_CENTRE_PHOTO_FIELD, file);
      const response = await fetch(`/api/resource-centres/${centre.id}/photo`, {
        method: 'PUT',
        body,
        credentials: 'same-origin',
        headers: { [CSRF_HEADER]: await getCsrfToken() },
      });
      if (!response.ok) throw await problemFromResponse(response);
    },
    onSuccess: async () => {
      setPhoto(null);
      await refresh();
      notifySuccess(t('resourceCentres.edit.photoSaved'));
    },
  });

  return (
    <Stack component="section" aria-labelledby="centre-edit" gap="sm" maw={720}>
      <Title order={2} id="centre-edit">
        {t('resourceCentres.edit.title')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          {(Object.keys(values) as Array<keyof Fields>).map((key) =>
            LONG.includes(key) ? (
              <Textarea key={key} label={t(`resourceCentres.edit.fields.${key}`)} value={values[key]} autosize minRows={2} maxLength={4000} onChange={(event) => setValues({ ...values, [key]: event.currentTarget.value })} />
            ) : (
              <TextInput key={key} label={t(`resourceCentres.edit.fields.${key}`)} value={values[key]} maxLength={300} onChange={(event) => setValues({ ...values, [key]: event.currentTarget.value })} />
            ),
          )}
          {save.isError && <ProblemAlert error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('resourceCentres.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Group align="end">
        <FileInput label={t('resourceCentres.edit.photo')} accept="image/jpeg,image/png,image/webp" value={photo} onChange={setPhoto} clearable w={320} />
        <Button variant="default" disabled={!photo} loading={upload.isPending} onClick={() => photo && upload.mutate(photo)}>
          {t('resourceCentres.edit.uploadPhoto')}
        </Button>
      </Group>
      {upload.isError && <ProblemAlert error={upload.error} />}
    </Stack>
  );
}
