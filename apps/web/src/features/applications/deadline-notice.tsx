import { Text } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { ClosesInHint } from '../../components/closes-in-hint';
import { intlLocaleOf } from '../../i18n/languages';

/** "Termiņš: 20. marts 23:59 (Rīgas laiks)" with a live countdown. */
export function DeadlineNotice({ dueAt, labelKey = 'applications.deadline' }: { dueAt: string; labelKey?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Text size="sm">
        {t(labelKey, { time: formatRigaDateTime(dueAt, intlLocaleOf(i18n.language)) })}
      </Text>
      <ClosesInHint closesAt={dueAt} />
    </div>
  );
}
