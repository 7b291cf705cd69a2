import { Anchor, Button, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, PROBLEM_TYPES, ZResetPasswordRequest } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { PasswordField } from '../../components/password-field';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { isApiProblem } from '../../lib/api-problem';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import { AuthDoneNotice } from './auth-done-notice';
import { AuthPageLayout } from './auth-page-layout';
import { useResetPassword } from './auth.api';

// The token comes from the link, the password from the person: validate only what they type.
const ZResetPasswordForm = ZResetPasswordRequest.pick({ password: true });
const EMPTY = { password: '' };

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const reset = useResetPassword();
  const form = useForm({
    resolver: zodResolver(ZResetPasswordForm, ZOD_PARSE_OPTIONS),
    defaultValues: EMPTY,
  });
  const errorOf = useFieldError(form.formState.errors);
  const formProblem = useFormProblem(form.setError, EMPTY);

  const submit = form.handleSubmit(({ password }) => {
    formProblem.clear();
    reset.mutate({ token, password }, { onError: formProblem.report });
  });

  const problem = formProblem.problem;
  const badToken =
    !token || (isApiProblem(problem?.error) && problem.error.is(PROBLEM_TYPES.invalidToken));

  if (reset.isSuccess) {
    return (
      <AuthPageLayout title={t('auth.reset.title')}>
        <AuthDoneNotice title={t('auth.reset.doneTitle')}>{t('auth.reset.doneBody')}</AuthDoneNotice>
      </AuthPageLayout>
    );
  }

  return (
    <AuthPageLayout title={t('auth.reset.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!badToken && <FormProblemAlert problem={problem} />}
          {badToken ? (
            <>
              <Notice color="red" role="alert" title={t('auth.reset.badToken')} />
              <Anchor component={Link} to="/forgot-password">
                {t('auth.reset.requestNew')}
              </Anchor>
            </>
          ) : (
            <>
              <PasswordField
                label={t('auth.fields.newPassword')}
                description={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                error={errorOf('password')}
                {...form.register('password')}
              />
              <Button type="submit" loading={reset.isPending}>
                {t('auth.reset.submit')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
