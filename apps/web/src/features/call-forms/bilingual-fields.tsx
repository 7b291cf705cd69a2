import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface BilingualFieldsProps {
  label: string;
  value: { lv: string; en: string } | undefined;
  onChange: (value: { lv: string; en: string }) => void;
  errorOf: (language: 'lv' | 'en') => string | undefined;
  required?: boolean;
  multiline?: boolean;
  readOnly?: boolean;
}

/** One text in Latvian and English side by side, each with its own error. */
export function BilingualFields({ label, value, onChange, errorOf, required, multiline, readOnly }: BilingualFieldsProps) {
  const { t } = useTranslation();
  const text = value ?? { lv: '', en: '' };
  const Input = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {(['lv', 'en'] as const).map((language) => (
        <Input
          key={language}
          label={t(`callForms.inLanguage.${language}`, { field: label })}
          required={required}
          readOnly={readOnly}
          value={text[language]}
          error={errorOf(language)}
          {...(multiline ? { autosize: true, minRows: 2 } : {})}
          onChange={(event: { currentTarget: { value: string } }) => onChange({ ...text, [language]: event.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );
}
