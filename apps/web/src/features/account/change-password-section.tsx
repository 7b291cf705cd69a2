import { Button, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, ZChangePasswordRequest, type TChangePasswordRequest } from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { PasswordField } from '../../components/password-field';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormProblem } from '../../components/use-form-problem';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import { AccountSection } from './account-section';
import { useChangePassword } from './account.api';

const EMPTY: TChangePasswordRequest = { currentPassword: '', newPassword: '' };

export function ChangePasswordSection() {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const form = useForm<TChangePasswordRequest>({
    resolver: zodResolver(ZChangePasswordRequest, ZOD_PARSE_OPTIONS),
    defaultValues: EMPTY,
  });
  const errorOf = useFieldError(form.formState.errors);
  const formProblem = useFormProblem(form.setError, EMPTY);

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    changePassword.mutate(body, {
      onSuccess: () => {
        form.reset(EMPTY);
        notifySuccess(t('account.password.changed'));
      },
      onError: formProblem.report,
    });
  });

  return (
    <AccountSection id="password" title={t('account.password.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          <FormProblemAlert problem={formProblem.problem} />
          <PasswordField
            label={t('auth.fields.currentPassword')}
            autoComplete="current-password"
            required
            error={errorOf('currentPassword')}
            {...form.register('currentPassword')}
          />
          <PasswordField
            label={t('auth.fields.newPassword')}
            description={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            error={errorOf('newPassword')}
            {...form.register('newPassword')}
          />
          <Button type="submit" loading={changePassword.isPending} w="fit-content">
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </AccountSection>
  );
}
