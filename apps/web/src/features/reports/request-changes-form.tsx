import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import type { TReportDetail, TReportPart } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describePart } from './report-parts';

interface Props {
  report: TReportDetail;
  pending: boolean;
  onRequest: (parts: TReportPart[], comment: string) => void;
}

/** The coordinator names the parts that reopen (sections, single questions, indicators, expenses) and says why. */
export function RequestChangesForm({ report, pending, onRequest }: Props) {
  const { t, i18n } = useTranslation();
  const [parts, setParts] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const options: string[] = [
    ...(report.form?.sections ?? []).flatMap((section) => [`section:${section.id}`, ...section.questions.map((question) => `question:${question.id}`)]),
    'indicators',
    'expenses',
  ];
  const send = () => {
    setTouched(true);
    if (parts.length === 0 || !comment.trim()) return;
    onRequest(parts as TReportPart[], comment.trim());
  };

  return (
    <Stack gap="sm">
      <Checkbox.Group
        label={t('reports.review.partsLabel')}
        description={t('reports.review.partsHelp')}
        value={parts}
        onChange={setParts}
        error={touched && parts.length === 0 ? t('reports.review.partsRequired') : undefined}
      >
        <Stack gap={6} mt="xs">
          {options.map((part) => (
            <Checkbox key={part} value={part} label={describePart(part, report.form, i18n.language, t)} ml={part.startsWith('question:') ? 'lg' : 0} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('reports.review.comment')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={touched && !comment.trim() ? t('validation.required') : undefined}
      />
      <Text size="sm" c="dimmed">
        {t('reports.review.othersFrozen')}
      </Text>
      <Group>
        <Button variant="default" onClick={send} loading={pending}>
          {t('reports.review.requestChanges')}
        </Button>
      </Group>
    </Stack>
  );
}
