import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { PROBLEM_TYPES } from '@kopa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { useMe } from '../auth/auth.api';
import { useReauthenticate } from './security.api';

export const isReauthProblem = (error: unknown) => isApiProblem(error) && error.is(PROBLEM_TYPES.reauthenticationRequired);

/**
 * Runs a sensitive action; when the API answers reauthentication-required, asks for the
 * password (and code) in a dialog, then runs the action again.
 */
export function useWithReauth() {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await action();
    } catch (error) {
      if (isReauthProblem(error)) {
        setPending(() => () => void action());
        return undefined;
      }
      throw error;
    }
  };
  const dialog = pending ? (
    <ReauthDialog
      onDone={() => {
        const retry = pending;
        setPending(null);
        retry();
      }}
      onCancel={() => setPending(null)}
    />
  ) : null;
  return { run, dialog };
}

function ReauthDialog({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const reauth = useReauthenticate();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reauth.mutate({ password, ...(me?.totpEnabled ? { code } : {}) }, { onSuccess: onDone });
  };
  const fieldError = (path: string) =>
    isApiProblem(reauth.error) && reauth.error.errors.some((e) => e.path === path)
      ? t(path === 'password' ? 'security.reauth.wrongPassword' : 'security.signIn.wrongCode')
      : undefined;

  return (
    <Modal opened onClose={onCancel} title={t('security.reauth.title')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('security.reauth.intro')}</Text>
          {reauth.error && !fieldError('password') && !fieldError('code') && <ProblemAlert error={reauth.error} />}
          <PasswordField
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            value={password}
            error={fieldError('password')}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          {me?.totpEnabled && (
            <TextInput
              label={t('security.fields.code')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              value={code}
              error={fieldError('code')}
              onChange={(event) => setCode(event.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('security.cancel')}
            </Button>
            <Button type="submit" loading={reauth.isPending}>
              {t('security.reauth.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
