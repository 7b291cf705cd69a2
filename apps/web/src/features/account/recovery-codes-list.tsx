import { Alert, Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once: the person is told to keep them somewhere safe now. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('security.recovery.title')}>
      <Text size="sm" mb="sm">
        {t('security.recovery.intro')}
      </Text>
      <List aria-label={t('security.recovery.title')} spacing={4} listStyleType="none">
        {codes.map((code) => (
          <List.Item key={code}>
            <Code fz="md">{code}</Code>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
