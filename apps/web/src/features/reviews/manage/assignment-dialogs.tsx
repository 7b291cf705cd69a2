import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import type { TApplicationReviewProgress, TStaffAssignment } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiProblem } from '../../../lib/api-problem';
import { useManualAssign, useReleaseAssignment, useReopenReview, useReviewerPool } from '../reviews.api';

/** Release (with a replacement) or reopen one assignment, with a mandatory reason. */
export function AssignmentActionDialog({ callId, kind, assignment, onClose }: { callId: string; kind: 'release' | 'reopen'; assignment: TStaffAssignment; onClose: () => void }) {
  const { t } = useTranslation();
  const release = useReleaseAssignment(callId);
  const reopen = useReopenReview(callId);
  const mutation = kind === 'release' ? release : reopen;
  const [reason, setReason] = useState('');
  const title = t(kind === 'release' ? 'review.manage.assignment.releaseLabel' : 'review.manage.assignment.reopenLabel', { name: assignment.reviewerName });

  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const done = { onSuccess: onClose };
          if (kind === 'release') release.mutate({ id: assignment.id, reason, replace: true }, done);
          else reopen.mutate({ id: assignment.id, reason }, done);
        }}
      >
        <Stack gap="sm">
          {mutation.error && <ProblemAlert error={mutation.error} />}
          <Textarea
            label={t(kind === 'release' ? 'review.manage.assignment.releaseReason' : 'review.manage.assignment.reopenReason')}
            required
            maxLength={1000}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              {t('review.manage.assignment.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={reason.trim().length === 0}>
              {t(kind === 'release' ? 'review.manage.assignment.releaseConfirm' : 'review.manage.assignment.reopenConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Picks one reviewer of the pool for an application; the server refuses conflicts and members. */
export function ManualAssignDialog({ callId, application, onClose }: { callId: string; application: TApplicationReviewProgress; onClose: () => void }) {
  const { t } = useTranslation();
  const pool = useReviewerPool(callId, 1);
  const assign = useManualAssign(callId);
  const [reviewerId, setReviewerId] = useState<string | null>(null);
  const onIt = new Set(application.assignments.map((assignment) => assignment.reviewerId));
  const options = (pool.data?.items ?? []).filter((reviewer) => !onIt.has(reviewer.userId)).map((reviewer) => ({ value: reviewer.userId, label: `${reviewer.displayName} (${reviewer.assigned})` }));
  const fieldErrors = isApiProblem(assign.error) ? assign.error.errors : [];

  return (
    <Modal opened onClose={onClose} title={t('review.manage.assignment.manualHeading', { reference: application.referenceNumber ?? '' })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reviewerId) assign.mutate({ applicationId: application.applicationId, reviewerIds: [reviewerId] }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          {assign.error && <ProblemAlert error={assign.error} fieldErrors={fieldErrors} />}
          <Select label={t('review.manage.assignment.pickReviewer')} data={options} value={reviewerId} onChange={setReviewerId} searchable required data-autofocus />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              {t('review.manage.assignment.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending} disabled={!reviewerId}>
              {t('review.manage.assignment.manual')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
