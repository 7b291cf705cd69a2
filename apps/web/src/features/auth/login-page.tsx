import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { PROBLEM_TYPES, type TLoginRequest } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PasswordField } from '../../components/password-field';
import { ProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { readStoredLanguage } from '../../i18n/language-storage';
import { isUiLanguage } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { deferredResolver } from '../../lib/deferred-resolver';
import { AuthPageLayout } from './auth-page-layout';
import { useLogin } from './auth.api';
import { landingAfterLogin } from './post-login';
import { ResendVerification } from './resend-verification';

const EMPTY_LOGIN: TLoginRequest = { email: '', password: '' };
const loginResolver = deferredResolver(() => import('./auth-validation').then((module) => module.loginResolver));

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const login = useLogin();
  const form = useForm<TLoginRequest>({
    resolver: loginResolver,
    defaultValues: EMPTY_LOGIN,
  });
  const errorOf = useFieldError(form.formState.errors);
  const formProblem = useFormProblem(form.setError, EMPTY_LOGIN);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    login.mutate(body, {
      onSuccess: ({ user: me }) => {
        if (!me) {
          // Password accepted; the authenticator code comes next, on its own page.
          const next = searchParams.get('next');
          void navigate(`/login/second-factor${next ? `?next=${encodeURIComponent(next)}` : ''}`, { replace: true });
          return;
        }
        // The account's language applies unless this browser already chose one.
        if (!readStoredLanguage() && isUiLanguage(me.locale)) void i18n.changeLanguage(me.locale);
        // Applicants land on their dashboard unless they were on their way somewhere.
        void navigate(landingAfterLogin(me, searchParams.get('next')), { replace: true });
      },
      onError: formProblem.report,
    });
  });

  const problem = formProblem.problem;
  const unverified = isApiProblem(problem?.error) && problem.error.is(PROBLEM_TYPES.emailNotVerified);

  return (
    <AuthPageLayout title={t('auth.login.title')}>
      <form onSubmit={submit} onFocus={loginResolver.preload} noValidate>
        <Stack gap="md">
          {problem && (
            <ProblemAlert error={problem.error} fieldErrors={problem.unmatched}>
              {unverified && <ResendVerification email={form.getValues('email')} />}
            </ProblemAlert>
          )}
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="username"
            required
            error={errorOf('email')}
            {...form.register('email')}
          />
          <PasswordField
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            error={errorOf('password')}
            {...form.register('password')}
          />
          <Button type="submit" loading={login.isPending}>
            {t('auth.login.submit')}
          </Button>
          <Group justify="space-between" gap="xs">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.login.forgot')}
            </Anchor>
            <Anchor component={Link} to="/register" size="sm">
              {t('auth.login.noAccount')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
