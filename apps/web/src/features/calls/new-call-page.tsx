import { Anchor, Stack, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TCreateCallRequest, TProgramme } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { FormProblemAlert, ProblemAlert } from '../../components/problem-alert';
import { useFormProblem } from '../../components/use-form-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import { CallForm } from './call-form';
import { ZCallCreateForm, emptyCallFormValues, type CallFormValues } from './call-form.schema';
import { useCreateCall } from './calls.api';
import { useCallFormData } from './use-call-form-data';

export function NewCallPage() {
  const { t } = useTranslation();
  usePageTitle(t('manageCalls.newTitle'));
  const data = useCallFormData();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/manage/calls" size="sm">
        {t('manageCalls.backToList')}
      </Anchor>
      <Title order={1}>{t('manageCalls.newTitle')}</Title>
      {data.isPending ? (
        <PageLoader />
      ) : data.error ? (
        <ProblemAlert error={data.error} />
      ) : (
        <NewCallForm programmes={data.programmes} municipalities={data.municipalities} />
      )}
    </Stack>
  );
}

function NewCallForm(props: Pick<Parameters<typeof CallForm>[0], 'programmes' | 'municipalities'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createCall = useCreateCall();
  // With a single programme there is nothing to choose.
  const defaults = emptyCallFormValues(onlyProgrammeId(props.programmes));
  const form = useForm<CallFormValues, unknown, TCreateCallRequest>({
    resolver: zodResolver(ZCallCreateForm, ZOD_PARSE_OPTIONS),
    defaultValues: defaults,
  });
  const formProblem = useFormProblem(form.setError, defaults);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    createCall.mutate(body, {
      onSuccess: (call) => {
        notifySuccess(t('manageCalls.created'));
        void navigate(`/manage/calls/${call.id}`);
      },
      onError: formProblem.report,
    });
  });

  return (
    <CallForm
      {...props}
      form={form}
      onSubmit={submit}
      programmeLocked={false}
      submitLabel={t('manageCalls.create')}
      submitting={createCall.isPending}
      notices={
        <FormProblemAlert problem={formProblem.problem} />
      }
    />
  );
}

function onlyProgrammeId(programmes: TProgramme[]): string {
  return programmes.length === 1 ? programmes[0].id : '';
}
