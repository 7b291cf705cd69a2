import { Badge } from '@mantine/core';
import type { TReviewAssignmentStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

const COLORS: Record<TReviewAssignmentStatus, string> = {
  pending: 'orange',
  in_progress: 'blue',
  submitted: 'green',
  conflicted: 'red',
  released: 'gray',
};

/** Dot variant as the application status: the text stays dark for contrast; colour is only a second cue. */
export function ReviewStatusBadge({ status }: { status: TReviewAssignmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[status]} c="dark.9" size="md" tt="none" style={{ flexShrink: 0 }} styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
      {t(`review.status.${status}`)}
    </Badge>
  );
}
