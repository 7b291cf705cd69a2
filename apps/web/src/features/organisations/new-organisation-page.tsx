import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TCreateOrganisationRequest } from '@kopa/shared';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { FormProblemAlert, ProblemAlert } from '../../components/problem-alert';
import { useFormProblem } from '../../components/use-form-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { ClaimForm } from './claim-form';
import { createOrganisationResolver, emptyOrganisationValues, type OrganisationFormValues } from './organisation-form.schema';
import { OrganisationFields } from './organisation-fields';
import { useCreateOrganisation } from './organisations.api';
import { duplicateRegistrationNumber } from './organisation-problems';

export function NewOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.new.title'));
  const municipalities = useMunicipalities();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/organisations" size="sm">
        {t('organisations.backToList')}
      </Anchor>
      <Title order={1}>{t('organisations.new.title')}</Title>
      <Text>{t('organisations.new.intro')}</Text>
      {municipalities.isPending ? (
        <PageLoader />
      ) : municipalities.isError ? (
        <ProblemAlert error={municipalities.error} />
      ) : (
        <NewOrganisationForm municipalities={municipalities.data} />
      )}
    </Stack>
  );
}

function NewOrganisationForm({ municipalities }: Parameters<typeof OrganisationFields>[0]) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const defaults = emptyOrganisationValues();
  const form = useForm<OrganisationFormValues, unknown, TCreateOrganisationRequest>({
    resolver: createOrganisationResolver,
    defaultValues: defaults,
  });
  const formProblem = useFormProblem(form.setError, defaults);
  // The number someone else already registered: offer to claim it.
  const [takenNumber, setTakenNumber] = useState<string | null>(null);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    setTakenNumber(null);
    create.mutate(body, {
      onSuccess: (organisation) => {
        notifySuccess(t('organisations.new.created'));
        void navigate(`/organisations/${organisation.id}`);
      },
      onError: (error) => {
        formProblem.report(error);
        if (duplicateRegistrationNumber(error)) setTakenNumber(body.registrationNumber ?? '');
      },
    });
  });

  return (
    <Stack gap="lg">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            {takenNumber === null ? (
              <FormProblemAlert problem={formProblem.problem} />
            ) : (
              <Notice color="orange" title={t('organisations.duplicate.title')}>
                <Text size="sm">{t('organisations.duplicate.body')}</Text>
              </Notice>
            )}
            <OrganisationFields municipalities={municipalities} />
            <Group gap="sm">
              <Button type="submit" loading={create.isPending}>
                {t('organisations.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
      {takenNumber !== null && (
        <Paper withBorder p="md" component="section" aria-label={t('organisations.claim.title')}>
          <ClaimForm key={takenNumber} registrationNumber={takenNumber} />
        </Paper>
      )}
    </Stack>
  );
}
