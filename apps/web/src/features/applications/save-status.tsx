import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutosaveSnapshot } from './autosave-controller';

const RIGA_TIME = (locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'lv-LV', {
    timeZone: 'Europe/Riga',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "Saved at 14:05" / "Saving…" / error with retry; announced politely to screen readers. */
export function SaveStatus({
  snapshot,
  unsaved,
  held,
  onRetry,
}: {
  snapshot: AutosaveSnapshot;
  unsaved: boolean;
  /** Unsaved answers wait for a fix (malformed); nothing else is pending. */
  held: boolean;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const conflicts = Object.keys(snapshot.draft.conflicts).length;
  let text: string;
  let color: string | undefined;
  if (snapshot.status === 'error') {
    text = t('applications.save.error');
    color = 'red.9';
  } else if (snapshot.status === 'saving') {
    text = t('applications.save.saving');
  } else if (conflicts > 0) {
    text = t('applications.save.conflicts', { count: conflicts });
    color = 'orange.9';
  } else if (held) {
    text = t('applications.save.fixToSave');
    color = 'red.9';
  } else if (unsaved || snapshot.status === 'pending') {
    text = t('applications.save.pending');
  } else if (snapshot.savedAt) {
    text = t('applications.save.savedAt', { time: RIGA_TIME(i18n.language).format(snapshot.savedAt) });
  } else {
    text = t('applications.save.allSaved');
  }
  return (
    <Group gap="sm" wrap="wrap">
      <Text role="status" aria-live="polite" data-testid="save-status" fw={600} size="sm" c={color}>
        {text}
      </Text>
      {snapshot.status === 'error' && (
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('applications.save.retry')}
        </Button>
      )}
    </Group>
  );
}
