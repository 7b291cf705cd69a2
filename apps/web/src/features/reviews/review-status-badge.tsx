import { Badge } from '@mantine/core';
import type { TReviewAssignmentStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

const COLORS: Record<TReviewAssignmentStatus, string> = {
  pending: 'orange.9',
  in_progress: 'blue.9',
  submitted: 'green.9',
  conflicted: 'red.9',
  released: 'gray.8',
};

export function ReviewStatusBadge({ status }: { status: TReviewAssignmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="filled" radius="sm">
      {t(`review.status.${status}`)}
    </Badge>
  );
}
