import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH, type TRegisterRequest } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { safeNextPath } from '../../lib/safe-redirect';
import { PasswordField } from '../../components/password-field';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { apiLocaleOf } from '../../i18n/languages';
import { deferredResolver } from '../../lib/deferred-resolver';
import { AuthDoneNotice } from './auth-done-notice';
import { AuthPageLayout } from './auth-page-layout';
import { useRegister } from './auth.api';

type RegisterFormValues = Omit<TRegisterRequest, 'locale'>;
const EMPTY_REGISTRATION: RegisterFormValues = { displayName: '', email: '', password: '' };
const registerResolver = deferredResolver(() => import('./auth-validation').then((module) => module.registerResolver));

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const register = useRegister();
  // Came from a call page ("create an account to apply"): sign-in leads back there.
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), '');
  const loginPath = next ? `/login?next=${encodeURIComponent(next)}` : '/login';
  const form = useForm<RegisterFormValues, unknown, TRegisterRequest>({
    resolver: registerResolver,
    defaultValues: EMPTY_REGISTRATION,
  });
  const errorOf = useFieldError(form.formState.errors);
  const formProblem = useFormProblem(form.setError, EMPTY_REGISTRATION);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    // E-mails reach the user in the language they registered in.
    register.mutate({ ...body, locale: apiLocaleOf(i18n.language) }, { onError: formProblem.report });
  });

  if (register.isSuccess) {
    return (
      <AuthPageLayout title={t('auth.register.title')}>
        <AuthDoneNotice title={t('auth.register.doneTitle')} loginPath={loginPath}>
          {t('auth.register.doneBody', { email: register.variables.email })}
        </AuthDoneNotice>
        {next && (
          <Anchor component={Link} to={next} mt="sm" display="block">
            {t('auth.register.backToWhereYouWere')}
          </Anchor>
        )}
      </AuthPageLayout>
    );
  }

  return (
    <AuthPageLayout title={t('auth.register.title')}>
      <form onSubmit={submit} onFocus={registerResolver.preload} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('auth.register.intro')}</Text>
          <FormProblemAlert problem={formProblem.problem} />
          <TextInput
            label={t('auth.fields.displayName')}
            autoComplete="name"
            required
            error={errorOf('displayName')}
            {...form.register('displayName')}
          />
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            required
            error={errorOf('email')}
            {...form.register('email')}
          />
          <PasswordField
            label={t('auth.fields.password')}
            description={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            error={errorOf('password')}
            {...form.register('password')}
          />
          <Button type="submit" loading={register.isPending}>
            {t('auth.register.submit')}
          </Button>
          <Anchor component={Link} to={loginPath} size="sm">
            {t('auth.register.haveAccount')}
          </Anchor>
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
