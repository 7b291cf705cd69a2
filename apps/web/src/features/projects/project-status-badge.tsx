import { Badge } from '@mantine/core';
import type { TProjectStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<TProjectStatus, string> = {
  agreement_pending: 'yellow.9',
  active: 'green.9',
  final_report_due: 'blue.9',
  closed: 'gray.8',
  suspended: 'orange.9',
  terminated: 'red.9',
};

export function ProjectStatusBadge({ status }: { status: TProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="filled">
      {t(`projects.status.${status}`)}
    </Badge>
  );
}
