import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../i18n/languages';
import { formatDuration, timeUntil } from '../lib/time-until';
import { useNow } from '../lib/use-now';

/** "Closes in 5 days, 3 hours", refreshed every minute. */
export function ClosesInHint({ closesAt, opensAt }: { closesAt: string; opensAt?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const locale = intlLocaleOf(i18n.language);

  if (opensAt && new Date(opensAt).getTime() > now.getTime()) {
    const untilOpen = timeUntil(opensAt, now);
    if (untilOpen.kind === 'remaining') {
      return (
        <Text size="sm" fw={600}>
          {t('calls.opensIn', { duration: formatDuration(untilOpen.parts, locale) })}
        </Text>
      );
    }
  }

  const remaining = timeUntil(closesAt, now);
  const text =
    remaining.kind === 'past'
      ? t('calls.closed')
      : remaining.kind === 'underMinute'
        ? t('calls.closesUnderMinute')
        : t('calls.closesIn', { duration: formatDuration(remaining.parts, locale) });
  return (
    <Text size="sm" fw={600}>
      {text}
    </Text>
  );
}
