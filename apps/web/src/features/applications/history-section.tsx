import { Stack, Table, Text, Title } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useHistory } from './applications.api';

/** The audit entries of one application, oldest first. */
export function HistorySection({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const history = useHistory(applicationId);
  const actionLabel = (action: string) => {
    const key = `applications.history.actions.${action.replace(/[.-]/g, '_')}`;
    return i18n.exists(key) ? t(key) : action;
  };
  return (
    <Stack component="section" gap="sm" aria-labelledby="history-heading">
      <Title order={2} id="history-heading">
        {t('applications.history.title')}
      </Title>
      {history.isError && <ProblemAlert error={history.error} />}
      {history.isSuccess && history.data.length === 0 && <Text>{t('applications.history.none')}</Text>}
      {history.isSuccess && history.data.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('applications.history.when')}</Table.Th>
              <Table.Th scope="col">{t('applications.history.who')}</Table.Th>
              <Table.Th scope="col">{t('applications.history.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatRigaDateTime(entry.createdAt, intlLocaleOf(i18n.language))}</Table.Td>
                <Table.Td>{entry.actorName ?? t('applications.history.system')}</Table.Td>
                <Table.Td>{actionLabel(entry.action)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
