import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { TLetterTemplateResponse, TLetterText } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveLetterTemplate } from './decisions.api';
import { useApiFieldErrors } from './use-api-field-errors';

interface Props {
  callId: string;
  template: TLetterTemplateResponse;
  editable: boolean;
  /** Reports the text being edited, so the preview can show unsaved changes. */
  onChange: (text: TLetterText) => void;
}

/** The bilingual subject and body of one decision kind's letter. */
export function LetterTemplateForm({ callId, template, editable, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState<TLetterText>({ subject: template.subject, body: template.body });
  const { save, reset } = useSaveLetterTemplate(callId);
  const errors = useApiFieldErrors(save.error);

  const update = (part: 'subject' | 'body', language: 'lv' | 'en', value: string) => {
    const next = { ...text, [part]: { ...text[part], [language]: value } };
    setText(next);
    onChange(next);
  };
  const field = (part: 'subject' | 'body', language: 'lv' | 'en') => {
    const label = t(`decisions.letters.${part}${language === 'lv' ? 'Lv' : 'En'}`);
    const common = {
      label,
      required: true,
      readOnly: !editable,
      value: text[part][language],
      error: errors.of(`${part}.${language}`),
      lang: language,
    };
    return part === 'subject' ? (
      <TextInput {...common} maxLength={300} onChange={(event) => update(part, language, event.currentTarget.value)} />
    ) : (
      <Textarea {...common} autosize minRows={8} maxLength={10_000} onChange={(event) => update(part, language, event.currentTarget.value)} />
    );
  };

  return (
    <Stack>
      <Text size="sm" fw={600}>
        {t(template.isDefault ? 'decisions.letters.default' : 'decisions.letters.custom')}
      </Text>
      {save.isError && !errors.paths.length && <ProblemAlert error={save.error} />}
      {reset.isError && <ProblemAlert error={reset.error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {field('subject', 'lv')}
        {field('subject', 'en')}
        {field('body', 'lv')}
        {field('body', 'en')}
      </SimpleGrid>
      {editable && (
        <Group>
          <Button loading={save.isPending} onClick={() => save.mutate({ kind: template.kind, text }, { onSuccess: () => notifySuccess(t('decisions.letters.saved')) })}>
            {t('decisions.letters.save')}
          </Button>
          {!template.isDefault && (
            <Button variant="default" loading={reset.isPending} onClick={() => reset.mutate(template.kind, { onSuccess: (fresh) => { setText({ subject: fresh.subject, body: fresh.body }); onChange({ subject: fresh.subject, body: fresh.body }); } })}>
              {t('decisions.letters.reset')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
