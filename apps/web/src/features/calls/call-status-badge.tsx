import type { TCallStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { DotBadge } from '../../components/dot-badge';

const STATUS_COLOR: Record<TCallStatus, string> = {
  draft: 'gray',
  published: 'green',
  closed: 'orange',
  decided: 'blue',
  archived: 'dark',
};

/** The "dot" variant keeps the text dark (readable); the colour is only a second cue. */
export function CallStatusBadge({ status }: { status: TCallStatus }) {
  const { t } = useTranslation();
  return (
    <DotBadge color={STATUS_COLOR[status]}>
      {t(`callStatus.${status}`)}
    </DotBadge>
  );
}
