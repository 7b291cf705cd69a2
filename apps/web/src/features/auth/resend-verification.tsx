import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useResendVerification } from './auth.api';

/** Offered where an unverified address blocks the way (login). */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();

  if (resend.isSuccess) {
    return (
      <Text size="sm" mt="xs" role="status">
        {t('auth.resend.sent')}
      </Text>
    );
  }
  return (
    <Button
      mt="xs"
      size="xs"
      variant="default"
      loading={resend.isPending}
      onClick={() => resend.mutate({ email })}
    >
      {t('auth.resend.button')}
    </Button>
  );
}
