import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { PROBLEM_TYPES } from '@kopa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { AuthPageLayout } from './auth-page-layout';
import { useSecondFactor } from './auth.api';
import { landingAfterLogin } from './post-login';

/** The second sign-in step: the 6-digit code from the app, or one recovery code. */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const secondFactor = useSecondFactor();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = useRecovery ? { recoveryCode: value } : { code: value };
    secondFactor.mutate(body, {
      onSuccess: ({ user }) => {
        if (user) void navigate(landingAfterLogin(user, searchParams.get('next')), { replace: true });
      },
    });
  };

  const error = secondFactor.error;
  const expired = isApiProblem(error) && (error.is(PROBLEM_TYPES.secondFactorExpired) || error.is(PROBLEM_TYPES.unauthenticated));
  const fieldError = isApiProblem(error) && error.is(PROBLEM_TYPES.invalidSecondFactor) ? t('security.signIn.wrongCode') : undefined;

  return (
    <AuthPageLayout title={t('security.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{useRecovery ? t('security.signIn.recoveryIntro') : t('security.signIn.intro')}</Text>
          {error && !fieldError && (
            <ProblemAlert error={error}>
              {expired && (
                <Anchor component={Link} to="/login">
                  {t('security.signIn.startAgain')}
                </Anchor>
              )}
            </ProblemAlert>
          )}
          <TextInput
            label={useRecovery ? t('security.fields.recoveryCode') : t('security.fields.code')}
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            required
            autoFocus
            value={value}
            error={fieldError}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          <Button type="submit" loading={secondFactor.isPending}>
            {t('security.signIn.submit')}
          </Button>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setValue('');
              secondFactor.reset();
            }}
          >
            {useRecovery ? t('security.signIn.useApp') : t('security.signIn.useRecovery')}
          </Anchor>
        </Stack>
      </form>
    </AuthPageLayout>
  );
}
