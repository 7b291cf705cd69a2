import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableExportButtons } from '../table-exports';
import { exportUrl } from './decisions.api';

/** The score matrix and the decision list as files, written by the worker and downloaded when ready. */
export function ExportButtons({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const exports = [
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
      <TableExportButtons items={exports.map(([kind, format, label]) => ({ label: t(`decisions.exports.${label}`), url: exportUrl(callId, kind, format) }))} />
    </Stack>
  );
}
