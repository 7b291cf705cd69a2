import { Anchor, Table, Text } from '@mantine/core';
import { formatRigaDateTime, type TCallStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { formatAwardRange } from './call-format';
import { CallStatusBadge } from './call-status-badge';
import { useManagedCalls } from './calls.api';

export function ManagedCallsTable({ status }: { status?: TCallStatus }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const calls = useManagedCalls(status);

  if (calls.isPending) return <PageLoader />;
  if (calls.isError) return <ProblemAlert error={calls.error} title={t('calls.loadFailed')} />;
  if (calls.data.length === 0) return <Text>{t('manageCalls.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('manageCalls.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('calls.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('manageCalls.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('manageCalls.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('calls.fields.closesAt')}</Table.Th>
            <Table.Th scope="col">{t('calls.awardRange')}</Table.Th>
            <Table.Th scope="col">{t('manageCalls.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.data.map((call) => {
            const title = localized(call.title, i18n.language);
            return (
              <Table.Tr key={call.id}>
                <Table.Td>{call.code}</Table.Td>
                <Table.Td>{title}</Table.Td>
                <Table.Td>
                  <CallStatusBadge status={call.status} />
                </Table.Td>
                <Table.Td>{formatRigaDateTime(call.closesAt, locale)}</Table.Td>
                <Table.Td>{formatAwardRange(call.minAwardCents, call.maxAwardCents, locale)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/manage/calls/${call.id}`}
                    aria-label={t('manageCalls.openCall', { title })}
                  >
                    {t('manageCalls.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
