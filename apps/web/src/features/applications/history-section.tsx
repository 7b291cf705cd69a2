import { Stack, Table, Text, Title } from '@mantine/core';
import { formatRigaDateTime, type TApplicationHistoryResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useActivityLabel } from '../workspace/activity-label';
import { HISTORY_PAGE_SIZE, useHistory } from './applications.api';

type HistoryItem = TApplicationHistoryResponse['items'][number];

/** The audit entries of one application, oldest first; a member's autosaves are one row per editing session. */
export function HistorySection({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = useHistory(applicationId, page);
  return (
    <Stack component="section" gap="sm" aria-labelledby="history-heading">
      <Title order={2} id="history-heading">
        {t('applications.history.title')}
      </Title>
      {history.isError && <ProblemAlert error={history.error} />}
      {history.isSuccess && history.data.total === 0 && <Text>{t('applications.history.none')}</Text>}
      {history.isSuccess && history.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.history.when')}</Table.Th>
                <Table.Th scope="col">{t('applications.history.who')}</Table.Th>
                <Table.Th scope="col">{t('applications.history.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((entry) => (
                <HistoryRow key={entry.id} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {history.data && <ListPagination total={history.data.total} pageSize={HISTORY_PAGE_SIZE} page={page} onChange={setPage} />}
    </Stack>
  );
}

function HistoryRow({ entry }: { entry: HistoryItem }) {
  const { t, i18n } = useTranslation();
  const label = useActivityLabel();
  const locale = intlLocaleOf(i18n.language);
  const when =
    entry.count > 1
      ? t('applications.history.range', { from: formatRigaDateTime(entry.createdAt, locale), to: formatRigaDateTime(entry.lastAt, locale) })
      : formatRigaDateTime(entry.createdAt, locale);
  return (
    <Table.Tr>
      <Table.Td>{when}</Table.Td>
      <Table.Td>{entry.actorName ?? t('applications.history.system')}</Table.Td>
      <Table.Td>
        {label(entry.action)}
        {entry.count > 1 && (
          <Text span size="sm">
            {' '}({t('applications.history.saves', { count: entry.count })})
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
