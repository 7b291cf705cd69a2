import { Button, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { ZUpdateProjectRequest, type TProjectDetail, type TUpdateProjectRequest } from '@kopa/shared';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { notifySuccess } from '../../components/notify';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import { useUpdateProject } from './projects.api';
import { DateField } from '../../components/date-field';

interface AgreementValues {
  version: number;
  startDate: string;
  endDate: string;
  granteeSignedOn: string;
  funderSignedOn: string;
  contactUserId: string;
}

const DATE_FIELDS = ['startDate', 'endDate', 'granteeSignedOn', 'funderSignedOn'] as const;

/** The inputs hold '' for "not set"; the API's schema wants null there. */
const ZAgreementForm = z.preprocess(
  (values) => Object.fromEntries(Object.entries(values as Record<string, unknown>).map(([key, value]) => [key, value === '' ? null : value])),
  ZUpdateProjectRequest,
);
const agreementResolver = zodResolver(ZAgreementForm as never, ZOD_PARSE_OPTIONS) as unknown as Resolver<AgreementValues, unknown, TUpdateProjectRequest>;

/** The coordinator's agreement data: the project period, the grantee's contact person and when each side signed. */
export function AgreementForm({ project }: { project: TProjectDetail }) {
  const { t } = useTranslation();
  const update = useUpdateProject(project.id);
  const defaults: AgreementValues = {
    version: project.version,
    startDate: project.startDate ?? '',
    endDate: project.endDate ?? '',
    granteeSignedOn: project.granteeSignedOn ?? '',
    funderSignedOn: project.funderSignedOn ?? '',
    contactUserId: project.contactUserId ?? '',
  };
  const form = useForm<AgreementValues, unknown, TUpdateProjectRequest>({ resolver: agreementResolver, defaultValues: defaults });
  const formProblem = useFormProblem(form.setError, defaults);
  const errorOf = useFieldError(form.formState.errors);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    update.mutate(body, { onSuccess: () => notifySuccess(t('projects.agreement.saved')), onError: formProblem.report });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="agreement-heading">
      <Stack gap="md">
        <Title order={2} id="agreement-heading" size="h3">
          {t('projects.agreement.title')}
        </Title>
        <FormProblemAlert problem={formProblem.problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {DATE_FIELDS.map((field) => (
            <Controller
              key={field}
              control={form.control}
              name={field}
              render={({ field: input }) => (
                <DateField label={t(`projects.agreement.${field}`)} error={errorOf(field)} value={input.value} onChange={input.onChange} onBlur={input.onBlur} name={input.name} ref={input.ref} />
              )}
            />
          ))}
          <Controller
            control={form.control}
            name="contactUserId"
            render={({ field }) => (
              <Select
                label={t('projects.agreement.contact')}
                data={project.contactCandidates.map((candidate) => ({ value: candidate.userId, label: candidate.name }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
                error={errorOf('contactUserId')}
              />
            )}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('projects.agreement.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
