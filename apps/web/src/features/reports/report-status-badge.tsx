import type { TReportStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { DotBadge } from '../../components/dot-badge';

const STATUS_COLOR: Record<TReportStatus, string> = { draft: 'gray', submitted: 'blue', changes_requested: 'orange', approved: 'green' };

export function ReportStatusBadge({ status }: { status: TReportStatus }) {
  const { t } = useTranslation();
  return <DotBadge color={STATUS_COLOR[status]}>{t(`reports.status.${status}`)}</DotBadge>;
}
