import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { TApplicationReviewProgress, TStaffAssignment } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApplicationStatusBadge } from '../../applications/application-status-badge';
import { Pager } from '../pager';
import { ReviewStatusBadge } from '../review-status-badge';
import { useAutoAssign, useReviewProgress } from '../reviews.api';
import { AssignmentActionDialog, ManualAssignDialog } from './assignment-dialogs';

type Dialog =
  | { kind: 'release' | 'reopen'; assignment: TStaffAssignment }
  | { kind: 'assign'; application: TApplicationReviewProgress }
  | null;

/** Automatic assignment, then per application: reviews done / needed, reviewers, release, reopen, add by hand. */
export function ReviewProgressPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const progress = useReviewProgress(callId, page);
  const auto = useAutoAssign(callId);
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <Stack gap="md">
      <Title order={2}>{t('review.manage.assignment.heading')}</Title>
      <Text>{t('review.manage.assignment.autoHelp')}</Text>
      <div>
        <Button loading={auto.isPending} onClick={() => auto.mutate()}>
          {t('review.manage.assignment.auto')}
        </Button>
      </div>
      {auto.error && <ProblemAlert error={auto.error} />}
      {auto.data && (
        <Notice color={auto.data.unfilled.length > 0 ? 'orange' : 'green'} role="status" title={t('review.manage.assignment.autoDone', { count: auto.data.created })}>
          {auto.data.unfilled.length > 0 && (
            <List size="sm">
              {auto.data.unfilled.map((gap) => (
                <List.Item key={gap.applicationId}>{t('review.manage.assignment.unfilled', { reference: gap.referenceNumber ?? '', missing: gap.missing })}</List.Item>
              ))}
            </List>
          )}
        </Notice>
      )}
      {progress.isPending ? (
        <PageLoader />
      ) : progress.isError ? (
        <ProblemAlert error={progress.error} />
      ) : progress.data.total === 0 ? (
        <Text>{t('review.manage.assignment.empty')}</Text>
      ) : (
        <>
          <Text size="sm">
            {t('review.manage.assignment.summary', {
              applications: progress.data.summary.applications,
              fully: progress.data.summary.fullyReviewed,
              submitted: progress.data.summary.submitted,
              assignments: progress.data.summary.assignments,
            })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>{t('review.manage.assignment.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['application', 'organisation', 'status', 'progress', 'reviewers'] as const).map((column) => (
                    <Table.Th scope="col" key={column}>
                      {t(`review.manage.assignment.columns.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.data.items.map((application) => (
                  <Table.Tr key={application.applicationId}>
                    <Table.Td>{application.referenceNumber}</Table.Td>
                    <Table.Td>{application.organisationName}</Table.Td>
                    <Table.Td>
                      <ApplicationStatusBadge status={application.status} />
                    </Table.Td>
                    <Table.Td>{t('review.manage.assignment.progress', { done: application.done, needed: application.needed })}</Table.Td>
                    <Table.Td>
                      <Stack gap={6}>
                        {application.assignments.map((assignment) => (
                          <Group key={assignment.id} gap="xs" wrap="nowrap">
                            <Text size="sm">{assignment.reviewerName}</Text>
                            <ReviewStatusBadge status={assignment.status} />
                            {(assignment.status === 'pending' || assignment.status === 'in_progress') && (
                              <Button size="compact-xs" variant="default" aria-label={t('review.manage.assignment.releaseLabel', { name: assignment.reviewerName })} onClick={() => setDialog({ kind: 'release', assignment })}>
                                {t('review.manage.assignment.release')}
                              </Button>
                            )}
                            {assignment.status === 'submitted' && (
                              <Button size="compact-xs" variant="default" aria-label={t('review.manage.assignment.reopenLabel', { name: assignment.reviewerName })} onClick={() => setDialog({ kind: 'reopen', assignment })}>
                                {t('review.manage.assignment.reopen')}
                              </Button>
                            )}
                          </Group>
                        ))}
                        <div>
                          <Button size="compact-xs" variant="light" aria-label={t('review.manage.assignment.manualLabel', { reference: application.referenceNumber ?? '' })} onClick={() => setDialog({ kind: 'assign', application })}>
                            {t('review.manage.assignment.manual')}
                          </Button>
                        </div>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager page={page} pageSize={progress.data.pageSize} total={progress.data.total} onChange={setPage} />
        </>
      )}
      {dialog && dialog.kind !== 'assign' && <AssignmentActionDialog callId={callId} kind={dialog.kind} assignment={dialog.assignment} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'assign' && <ManualAssignDialog callId={callId} application={dialog.application} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
