import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { formatCalendarDate } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../components/list-pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useOverdueReports } from './reports.api';

/** The coordinator's home: reports past their due date in their programmes, oldest first, paged in SQL. */
export function OverdueReportsPanel() {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const [page, setPage] = useState(1);
  const overdue = useOverdueReports(page);

  return (
    <Stack component="section" gap="sm" aria-labelledby="overdue-reports-heading">
      <Title order={2} id="overdue-reports-heading">
        {t('reports.overdueList.title')}
      </Title>
      {overdue.isError && <ProblemAlert error={overdue.error} />}
      {overdue.data && overdue.data.total === 0 && <Text>{t('reports.overdueList.none')}</Text>}
      {overdue.data && overdue.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.overdueList.report')}</Table.Th>
                  <Table.Th scope="col">{t('reports.overdueList.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('reports.schedule.dueDate')}</Table.Th>
                  <Table.Th scope="col">{t('reports.overdueList.late')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {overdue.data.items.map((item) => (
                  <Table.Tr key={item.reportId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/manage/projects/${item.projectId}/reports/${item.reportId}`}>
                        {item.agreementNumber} · {t(`reports.kind.${item.kind}`)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{item.organisationName}</Table.Td>
                    <Table.Td>{formatCalendarDate(item.dueDate, locale)}</Table.Td>
                    <Table.Td>{t('reports.overdueList.days', { count: item.daysOverdue })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination total={overdue.data.total} pageSize={overdue.data.pageSize} page={page} onChange={setPage} label={t('reports.overdueList.title')} />
        </>
      )}
    </Stack>
  );
}
