import type { TProjectStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { DotBadge } from '../../components/dot-badge';

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
    <DotBadge color={STATUS_COLOR[status]}>
      {t(`projects.status.${status}`)}
    </DotBadge>
  );
}
