import { Button, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { ZForgotPasswordRequest, type TForgotPasswordRequest } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import { AuthDoneNotice } from './auth-done-notice';
import { AuthPageLayout } from './auth-page-layout';
import { useForgotPassword } from './auth.api';

const EMPTY: TForgotPasswordRequest = { email: '' };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const form = useForm<TForgotPasswordRequest>({
    resolver: zodResolver(ZForgotPasswordRequest, ZOD_PARSE_OPTIONS),
    defaultValues: EMPTY,
  });
  const errorOf = useFieldError(form.formState.errors);
  const formProblem = useFormProblem(form.setError, EMPTY);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    forgot.mutate(body, { onError: formProblem.report });
  });

  return (
    <AuthPageLayout title={t('auth.forgot.title')}>
      {forgot.isSuccess ? (
        // The same answer whether or not the address has an account (no enumeration).
        <AuthDoneNotice title={t('auth.forgot.doneTitle')}>{t('auth.forgot.doneBody')}</AuthDoneNotice>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('auth.forgot.intro')}</Text>
            <FormProblemAlert problem={formProblem.problem} />
            <TextInput
              label={t('auth.fields.email')}
              type="email"
              autoComplete="email"
              required
              error={errorOf('email')}
              {...form.register('email')}
            />
            <Button type="submit" loading={forgot.isPending}>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthPageLayout>
  );
}
