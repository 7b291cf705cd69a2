import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './decisions.api';

/** Plain download links: the browser streams the file, the session cookie authorises it. */
export function ExportButtons({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const links = [
    ['scores', 'csv', 'scoresCsv'],
    ['scores', 'xlsx', 'scoresXlsx'],
    ['decisions', 'csv', 'decisionsCsv'],
    ['decisions', 'xlsx', 'decisionsXlsx'],
  ] as const;
  return (
    <Stack gap="xs" component="section" aria-labelledby="exports-heading">
      <Title order={2} size="h4" id="exports-heading">
        {t('decisions.exports.title')}
      </Title>
      <Group gap="sm">
        {links.map(([kind, format, label]) => (
          <Button key={label} component="a" href={exportUrl(callId, kind, format)} download variant="default" size="sm">
            {t(`decisions.exports.${label}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
