import { Badge } from '@mantine/core';
import type { TApplicationStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<TApplicationStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  clarification_requested: 'orange',
  eligible: 'teal',
  ineligible: 'red',
  under_review: 'indigo',
  reviewed: 'indigo',
  awarded: 'green',
  waitlisted: 'yellow',
  rejected: 'red',
  withdrawn: 'dark',
};

/** Dot variant: the text stays dark for contrast; colour is only a second cue. */
export function ApplicationStatusBadge({ status }: { status: TApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} c="dark.9" size="md" tt="none" style={{ flexShrink: 0 }} styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
      {t(`applications.status.${status}`)}
    </Badge>
  );
}
