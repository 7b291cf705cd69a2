import { Button, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiProblem } from '../../../lib/api-problem';
import { Pager } from '../pager';
import { useAddReviewer, useRemoveReviewer, useReviewerCandidates, useReviewerPool } from '../reviews.api';
import { InviteReviewerForm } from './invite-reviewer-form';
import { DotBadge } from '../../../components/dot-badge';

/** The call's reviewers with their workload, a search to add existing reviewers, and an invitation form. */
export function ReviewerPoolPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pool = useReviewerPool(callId, page);
  const remove = useRemoveReviewer(callId);

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={2}>{t('review.manage.pool.heading')}</Title>
        {remove.error && <ProblemAlert error={remove.error} fieldErrors={isApiProblem(remove.error) ? remove.error.errors : []} />}
        {pool.isPending ? (
          <PageLoader />
        ) : pool.isError ? (
          <ProblemAlert error={pool.error} />
        ) : pool.data.total === 0 ? (
          <Text>{t('review.manage.pool.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="sm">
                <Table.Caption>{t('review.manage.pool.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(['name', 'email', 'assigned', 'submitted', 'conflicted', 'action'] as const).map((column) => (
                      <Table.Th scope="col" key={column}>
                        {t(`review.manage.pool.columns.${column}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pool.data.items.map((reviewer) => (
                    <Table.Tr key={reviewer.userId}>
                      <Table.Td>
                        {reviewer.displayName}{' '}
                        {reviewer.invitationPending && (
                          <DotBadge color="orange" size="md">
                            {t('review.manage.pool.invitationPending')}
                          </DotBadge>
                        )}
                      </Table.Td>
                      <Table.Td>{reviewer.email}</Table.Td>
                      <Table.Td>{reviewer.assigned}</Table.Td>
                      <Table.Td>{reviewer.submitted}</Table.Td>
                      <Table.Td>{reviewer.conflicted}</Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="default" aria-label={t('review.manage.pool.removeLabel', { name: reviewer.displayName })} loading={remove.isPending && remove.variables === reviewer.userId} onClick={() => remove.mutate(reviewer.userId)}>
                          {t('review.manage.pool.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={pool.data.pageSize} total={pool.data.total} onChange={setPage} />
          </>
        )}
      </Stack>
      <CandidateSearch callId={callId} />
      <InviteReviewerForm callId={callId} />
    </Stack>
  );
}

function CandidateSearch({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [page, setPage] = useState(1);
  const candidates = useReviewerCandidates(callId, debounced, page);
  const add = useAddReviewer(callId);

  return (
    <Stack gap="sm" component="section" aria-labelledby="candidate-heading">
      <Title order={3} id="candidate-heading">
        {t('review.manage.pool.searchHeading')}
      </Title>
      <TextInput label={t('review.manage.pool.search')} type="search" maxLength={200} value={query} onChange={(event) => { setQuery(event.currentTarget.value); setPage(1); }} maw={420} />
      {add.error && <ProblemAlert error={add.error} />}
      {candidates.data && candidates.data.total === 0 && <Text size="sm">{t('review.manage.pool.noCandidates')}</Text>}
      {candidates.data && candidates.data.total > 0 && (
        <>
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {candidates.data.items.map((candidate) => (
              <li key={candidate.userId}>
                <Button size="compact-sm" variant="light" mr="sm" aria-label={t('review.manage.pool.addLabel', { name: candidate.displayName })} onClick={() => add.mutate(candidate.userId, { onSuccess: () => notifySuccess(t('review.manage.pool.added')) })}>
                  {t('review.manage.pool.add')}
                </Button>
                {candidate.displayName} · {candidate.email}
              </li>
            ))}
          </Stack>
          <Pager page={page} pageSize={candidates.data.pageSize} total={candidates.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
