import { Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { TAnswers, TBudgetLimits, TFormDefinition } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRenderer } from '../form-renderer';

interface FormPreviewProps {
  /** The last valid definition; null while the form has never been valid. */
  definition: TFormDefinition | null;
  /** Whether the builder currently has errors (the preview then shows the last valid form). */
  stale: boolean;
  budgetLimits?: TBudgetLimits;
}

/** The form as applicants will see it, answerable locally (nothing is saved), in either language. */
export function FormPreview({ definition, stale, budgetLimits }: FormPreviewProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<'lv' | 'en'>(i18n.language === 'en' ? 'en' : 'lv');
  const [answers, setAnswers] = useState<TAnswers>({});

  return (
    <Card withBorder component="section" aria-labelledby="form-preview-title" padding="md">
      <Stack gap="md">
        <Title order={2} id="form-preview-title">
          {t('callForms.preview.title')}
        </Title>
        <Text size="sm">{t('callForms.preview.intro')}</Text>
        <SegmentedControl
          aria-label={t('callForms.preview.language')}
          value={language}
          onChange={(value) => setLanguage(value as 'lv' | 'en')}
          data={[
            { value: 'lv', label: 'Latviešu' },
            { value: 'en', label: 'English' },
          ]}
        />
        {stale && (
          <Text size="sm" c="orange.9" role="status">
            {t('callForms.preview.stale')}
          </Text>
        )}
        {definition ? (
          <FormRenderer
            definition={definition}
            answers={answers}
            onAnswerChange={(questionId, value) => setAnswers((current) => ({ ...current, [questionId]: value }))}
            budgetLimits={budgetLimits}
            language={language}
            sectionHeadingOrder={3}
          />
        ) : (
          <Text size="sm">{t('callForms.preview.empty')}</Text>
        )}
      </Stack>
    </Card>
  );
}
