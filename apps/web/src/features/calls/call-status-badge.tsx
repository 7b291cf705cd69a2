import { Badge } from '@mantine/core';
import type { TCallStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

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
    <Badge variant="dot" color={STATUS_COLOR[status]} c="dark.9" size="lg" tt="none">
      {t(`callStatus.${status}`)}
    </Badge>
  );
}
