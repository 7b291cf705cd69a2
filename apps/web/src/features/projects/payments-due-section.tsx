import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { formatCalendarDate, formatEuroCents } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../components/list-pagination';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { usePaymentsDue } from './agreement.api';

const PAGE_SIZE = 10;

/** The coordinator's home: payment tranches due or overdue and not yet paid, on their programmes' calls, earliest first. */
export function PaymentsDueSection() {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const [page, setPage] = useState(1);
  const due = usePaymentsDue(page, PAGE_SIZE);

  return (
    <Stack component="section" gap="sm" aria-labelledby="payments-due-heading">
      <Title order={2} id="payments-due-heading">
        {t('projects.paymentsDue.title')}
      </Title>
      {due.isPending ? (
        <PageLoader />
      ) : due.isError ? (
        <ProblemAlert error={due.error} />
      ) : due.data.total === 0 ? (
        <Text>{t('projects.paymentsDue.none')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560} type="native" role="region" aria-labelledby="payments-due-heading" tabIndex={0}>
            <Table>
              <Table.Caption>{t('projects.paymentsDue.caption', { count: due.data.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('projects.table.agreementNumber')}</Table.Th>
                  <Table.Th scope="col">{t('projects.table.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('projects.tranches.position')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('projects.tranches.amount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('projects.tranches.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {due.data.items.map((item) => (
                  <Table.Tr key={item.trancheId}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/manage/projects/${item.projectId}`}>
                        {item.agreementNumber}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{item.organisationName}</Table.Td>
                    <Table.Td>
                      {item.position}. <Text span size="xs">({t(`projects.trancheStatus.${item.status}`)})</Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatEuroCents(item.amountCents, locale)}</Table.Td>
                    <Table.Td>
                      {item.dueDate ? formatCalendarDate(item.dueDate, locale) : '—'}{' '}
                      {item.overdue && (
                        <Badge color="red.9" variant="light" size="sm">
                          {t('projects.paymentsDue.overdue')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination total={due.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label={t('projects.paymentsDue.pages')} />
        </>
      )}
    </Stack>
  );
}
