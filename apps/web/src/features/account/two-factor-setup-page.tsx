import { Alert, Button, Code, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { PROBLEM_TYPES } from '@kopa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../auth/auth.api';
import { RecoveryCodesList } from './recovery-codes-list';
import { useConfirmEnrolment, useStartEnrolment } from './security.api';

/**
 * Setting up two-step sign-in: scan the QR code (or type the secret), confirm with a code,
 * keep the recovery codes. Staff without it are sent here and can do nothing else until done.
 */
export function TwoFactorSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.setup.title'));
  const navigate = useNavigate();
  const { data: me } = useMe();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');

  if (!me) return <PageLoader />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code);
  };
  const wrongCode = isApiProblem(confirm.error) && confirm.error.is(PROBLEM_TYPES.invalidSecondFactor);

  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('security.setup.title')}</Title>
      {me.totpEnrolmentRequired && !confirm.data && (
        <Alert color="blue" title={t('security.setup.requiredTitle')}>
          {t('security.setup.requiredText')}
        </Alert>
      )}
      {confirm.data ? (
        <>
          <Alert color="green">{t('security.setup.done')}</Alert>
          <RecoveryCodesList codes={confirm.data.recoveryCodes} />
          <Button w="fit-content" onClick={() => void navigate('/account')}>
            {t('security.setup.continue')}
          </Button>
        </>
      ) : !start.data ? (
        <>
          <Text>{t('security.setup.intro')}</Text>
          {start.error && <ProblemAlert error={start.error} />}
          <Button w="fit-content" loading={start.isPending} onClick={() => start.mutate()}>
            {t('security.setup.start')}
          </Button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('security.setup.scan')}</Text>
            <Image src={start.data.qrCodeDataUrl} alt={t('security.setup.qrAlt')} w={220} h={220} fit="contain" />
            <Text size="sm">
              {t('security.setup.secretText')} <Code data-testid="totp-secret">{start.data.secret}</Code>
            </Text>
            {confirm.error && !wrongCode && <ProblemAlert error={confirm.error} />}
            <TextInput
              label={t('security.fields.code')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              maw={240}
              value={code}
              error={wrongCode ? t('security.signIn.wrongCode') : undefined}
              onChange={(event) => setCode(event.currentTarget.value)}
            />
            <Button type="submit" w="fit-content" loading={confirm.isPending}>
              {t('security.setup.confirm')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
