import { Button, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { TClaimOrganisationRequest } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { claimResolver } from './organisation-form.schema';
import { useFileClaim } from './organisations.api';

interface ClaimFormValues {
  registrationNumber: string;
  message: string;
}

/** Asks a coordinator to make the user an owner of an organisation someone else registered. */
export function ClaimForm({ registrationNumber }: { registrationNumber: string }) {
  const { t } = useTranslation();
  const fileClaim = useFileClaim();
  const defaults: ClaimFormValues = { registrationNumber, message: '' };
  const form = useForm<ClaimFormValues, unknown, TClaimOrganisationRequest>({
    resolver: claimResolver,
    defaultValues: defaults,
  });
  const formProblem = useFormProblem(form.setError, defaults);
  const errorOf = useFieldError(form.formState.errors);

  if (fileClaim.isSuccess) {
    return (
      <Notice color="green" role="status" title={t('organisations.claim.filedTitle')}>
        <Text size="sm">{t('organisations.claim.filedBody')}</Text>
      </Notice>
    );
  }

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    fileClaim.mutate(body, { onError: formProblem.report });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="claim-form-title">
      <Stack gap="md">
        <Text fw={700} id="claim-form-title">
          {t('organisations.claim.title')}
        </Text>
        <Text size="sm">{t('organisations.claim.intro')}</Text>
        <FormProblemAlert problem={formProblem.problem} />
        <TextInput
          label={t('organisations.fields.registrationNumber')}
          required
          inputMode="numeric"
          styles={{ wrapper: { maxWidth: 260 } }}
          error={errorOf('registrationNumber')}
          {...form.register('registrationNumber')}
        />
        <Textarea
          label={t('organisations.claim.message')}
          description={t('organisations.claim.messageHint')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          error={errorOf('message')}
          {...form.register('message')}
        />
        <div>
          <Button type="submit" loading={fileClaim.isPending}>
            {t('organisations.claim.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
