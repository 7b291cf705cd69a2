import { Badge } from '@mantine/core';
import type { TProjectStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<TProjectStatus, string> = {
  agreement_pending: 'yellow',
  active: 'green',
  final_report_due: 'blue',
  closed: 'gray',
  suspended: 'orange',
  terminated: 'red',
};

/** The "dot" variant keeps the text dark (readable); the colour is only a second cue. */
export function ProjectStatusBadge({ status }: { status: TProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} c="dark.9" size="lg" tt="none">
      {t(`projects.status.${status}`)}
    </Badge>
  );
}
