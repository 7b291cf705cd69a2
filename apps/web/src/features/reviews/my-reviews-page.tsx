import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { Pager } from './pager';
import { ReviewStatusBadge } from './review-status-badge';
import { useMyAssignments } from './reviews.api';

/** The reviewer's home page: assigned applications with due dates and progress. */
export function MyReviewsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('review.mine.title'));
  const [page, setPage] = useState(1);
  const assignments = useMyAssignments(page);
  const locale = intlLocaleOf(i18n.language);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('review.mine.title')}</Title>
      <Text>{t('review.mine.lead')}</Text>
      {assignments.isPending ? (
        <PageLoader />
      ) : assignments.isError ? (
        <ProblemAlert error={assignments.error} />
      ) : assignments.data.total === 0 ? (
        <Text>{t('review.mine.empty')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>{t('review.mine.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('review.mine.columns.application')}</Table.Th>
                  <Table.Th scope="col">{t('review.mine.columns.call')}</Table.Th>
                  <Table.Th scope="col">{t('review.mine.columns.due')}</Table.Th>
                  <Table.Th scope="col">{t('review.mine.columns.progress')}</Table.Th>
                  <Table.Th scope="col">{t('review.mine.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('review.mine.columns.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignments.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.referenceNumber}</Table.Td>
                    <Table.Td>{localized(item.call.title, i18n.language)}</Table.Td>
                    <Table.Td>{item.reviewDueAt ? formatRigaDateTime(item.reviewDueAt, locale) : t('review.mine.noDue')}</Table.Td>
                    <Table.Td>{t('review.mine.progress', { scored: item.scored, criteria: item.criteria })}</Table.Td>
                    <Table.Td>
                      <ReviewStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/reviews/${item.id}`} aria-label={t('review.mine.openLabel', { reference: item.referenceNumber ?? '' })}>
                        {t('review.mine.open')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager page={page} pageSize={assignments.data.pageSize} total={assignments.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
