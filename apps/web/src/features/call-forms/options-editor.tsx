import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TQuestion } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { idFromLabel, move, uniqueId } from './builder-model';

type Option = NonNullable<TQuestion['options']>[number];

interface OptionsEditorProps {
  options: Option[];
  onChange: (options: Option[]) => void;
  errorOf: (path: string) => string | undefined;
  /** Path of the options array, e.g. `sections.0.questions.2.options`. */
  path: string;
  readOnly?: boolean;
}

/** The answers a choice question offers: bilingual labels, a stable value, order. */
export function OptionsEditor({ options, onChange, errorOf, path, readOnly }: OptionsEditorProps) {
  const { t } = useTranslation();
  const setOption = (index: number, option: Option) => onChange(options.map((current, at) => (at === index ? option : current)));
  const values = new Set(options.map((option) => option.value));

  return (
    <Stack gap="xs" role="group" aria-label={t('callForms.options.title')}>
      <Text fw={600} size="sm">
        {t('callForms.options.title')}
      </Text>
      {options.map((option, index) => {
        const number = index + 1;
        return (
          <Group key={index} gap="xs" align="flex-start" wrap="wrap">
            <TextInput
              label={t('callForms.options.labelLv', { number })}
              value={option.label.lv}
              readOnly={readOnly}
              error={errorOf(`${path}.${index}.label.lv`)}
              onChange={(event) => {
                const lv = event.currentTarget.value;
                // The value follows the label while it is still the generated one.
                const generated = option.value === idFromLabel(option.label.en || option.label.lv, `option_${number}`);
                const others = new Set([...values].filter((value) => value !== option.value));
                setOption(index, {
                  value: generated ? uniqueId(idFromLabel(option.label.en || lv, `option_${number}`), others) : option.value,
                  label: { ...option.label, lv },
                });
              }}
            />
            <TextInput
              label={t('callForms.options.labelEn', { number })}
              value={option.label.en}
              readOnly={readOnly}
              error={errorOf(`${path}.${index}.label.en`)}
              onChange={(event) => {
                const en = event.currentTarget.value;
                const generated = option.value === idFromLabel(option.label.en || option.label.lv, `option_${number}`);
                const others = new Set([...values].filter((value) => value !== option.value));
                setOption(index, {
                  value: generated ? uniqueId(idFromLabel(en || option.label.lv, `option_${number}`), others) : option.value,
                  label: { ...option.label, en },
                });
              }}
            />
            <TextInput
              label={t('callForms.options.value', { number })}
              description={t('callForms.options.valueHint')}
              value={option.value}
              readOnly={readOnly}
              error={errorOf(`${path}.${index}.value`)}
              w={180}
              onChange={(event) => setOption(index, { ...option, value: event.currentTarget.value })}
            />
            {!readOnly && (
              <Group gap={4} mt={24}>
                <ActionIcon variant="default" disabled={index === 0} aria-label={t('callForms.options.moveUp', { number })} onClick={() => onChange(move(options, index, -1))}>
                  ↑
                </ActionIcon>
                <ActionIcon variant="default" disabled={index === options.length - 1} aria-label={t('callForms.options.moveDown', { number })} onClick={() => onChange(move(options, index, 1))}>
                  ↓
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={t('callForms.options.remove', { number })} onClick={() => onChange(options.filter((_, at) => at !== index))}>
                  ✕
                </ActionIcon>
              </Group>
            )}
          </Group>
        );
      })}
      {errorOf(path) && (
        <Text size="sm" c="red">
          {errorOf(path)}
        </Text>
      )}
      {!readOnly && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => onChange([...options, { value: uniqueId(`option_${options.length + 1}`, values), label: { lv: '', en: '' } }])}
          >
            {t('callForms.options.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
