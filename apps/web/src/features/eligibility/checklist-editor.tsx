import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { ELIGIBILITY_CHECKLIST_MAX_ITEMS, ELIGIBILITY_CHECKLIST_TEXT_MAX, type TEligibilityChecklistItem } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveChecklist } from './eligibility.api';

let nextItem = 0;
const newItemId = () => `item_${Date.now().toString(36)}${(nextItem++).toString(36)}`;

/**
 * The call's eligibility checklist: bilingual items the coordinator ticks per application.
 * The parent keys it by the call version, so a saved or reloaded checklist starts a fresh draft.
 */
export function ChecklistEditor({ callId, version, items }: { callId: string; version: number; items: TEligibilityChecklistItem[] }) {
  const { t } = useTranslation();
  const save = useSaveChecklist(callId);
  const [draft, setDraft] = useState(items);

  const change = (index: number, field: 'lv' | 'en', value: string) =>
    setDraft((current) => current.map((item, at) => (at === index ? { ...item, [field]: value } : item)));

  return (
    <Stack component="section" gap="sm" aria-labelledby="checklist-heading">
      <Title order={2} size="h3" id="checklist-heading">
        {t('eligibility.checklist.title')}
      </Title>
      <Text size="sm">{t('eligibility.checklist.hint', { max: ELIGIBILITY_CHECKLIST_MAX_ITEMS })}</Text>
      {draft.map((item, index) => (
        <Group key={item.id} align="flex-end" wrap="wrap">
          {(['lv', 'en'] as const).map((language) => (
            <TextInput
              key={language}
              label={t(language === 'lv' ? 'eligibility.checklist.itemLv' : 'eligibility.checklist.itemEn', { number: index + 1 })}
              value={item[language]}
              maxLength={ELIGIBILITY_CHECKLIST_TEXT_MAX}
              required
              onChange={(event) => change(index, language, event.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
            />
          ))}
          <Button variant="default" onClick={() => setDraft((current) => current.filter((_, at) => at !== index))}>
            {t('eligibility.checklist.remove', { number: index + 1 })}
          </Button>
        </Group>
      ))}
      {save.isError && <ProblemAlert error={save.error} />}
      <Group>
        <Button
          variant="default"
          disabled={draft.length >= ELIGIBILITY_CHECKLIST_MAX_ITEMS}
          onClick={() => setDraft((current) => [...current, { id: newItemId(), lv: '', en: '' }])}
        >
          {t('eligibility.checklist.add')}
        </Button>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { version, items: draft.map((item) => ({ ...item, lv: item.lv.trim(), en: item.en.trim() })) },
              { onSuccess: () => notifySuccess(t('eligibility.checklist.saved')) },
            )
          }
        >
          {t('eligibility.checklist.save')}
        </Button>
      </Group>
    </Stack>
  );
}
