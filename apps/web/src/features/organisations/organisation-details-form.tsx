import { Button, Group, Stack, Text } from '@mantine/core';
import {
  PROBLEM_TYPES,
  type TMunicipality,
  type TOrganisationResponse,
  type TUpdateOrganisationRequest,
} from '@kopa/shared';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFormProblem } from '../../components/use-form-problem';
import { isApiProblem } from '../../lib/api-problem';
import { organisationValuesOf, updateOrganisationResolver, type OrganisationEditValues } from './organisation-form.schema';
import { OrganisationFields } from './organisation-fields';
import { useRefetchOrganisation, useUpdateOrganisation } from './organisations.api';

interface Props {
  organisation: TOrganisationResponse;
  municipalities: TMunicipality[];
  onDone: () => void;
}

/** The owners' edit form; a stale version is explained and the latest can be loaded. */
export function OrganisationDetailsForm({ organisation, municipalities, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation(organisation.id);
  const refetch = useRefetchOrganisation(organisation.id);
  const defaults = organisationValuesOf(organisation);
  const form = useForm<OrganisationEditValues, unknown, TUpdateOrganisationRequest>({
    resolver: updateOrganisationResolver,
    defaultValues: defaults,
  });
  const formProblem = useFormProblem(form.setError, defaults);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    update.mutate(body, {
      onSuccess: (saved) => {
        form.reset(organisationValuesOf(saved));
        notifySuccess(t('organisations.details.saved'));
        onDone();
      },
      onError: (error) => {
        if (isApiProblem(error) && error.is(PROBLEM_TYPES.staleVersion)) setStale(true);
        else formProblem.report(error);
      },
    });
  });

  const loadLatest = async () => {
    setReloading(true);
    try {
      const latest = await refetch();
      form.reset(organisationValuesOf(latest));
      setStale(false);
    } finally {
      setReloading(false);
    }
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {stale && (
            <Notice color="orange" title={t('organisations.details.staleTitle')}>
              <Text size="sm" mb="sm">
                {t('organisations.details.staleBody')}
              </Text>
              <Button size="sm" loading={reloading} onClick={() => void loadLatest()}>
                {t('organisations.details.loadLatest')}
              </Button>
            </Notice>
          )}
          <FormProblemAlert problem={formProblem.problem} />
          <OrganisationFields municipalities={municipalities} />
          <Group gap="sm">
            <Button type="submit" loading={update.isPending}>
              {t('organisations.details.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
