import { ActionIcon, Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { PROBLEM_TYPES, RUBRIC_MAX_CRITERIA, type TRubricCriterionInput, type TReviewSettingsResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { notifySuccess } from '../../../components/notify';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiProblem } from '../../../lib/api-problem';
import { useUpdateRubric } from '../reviews.api';

const blank = (): TRubricCriterionInput => ({ name: { lv: '', en: '' }, guidance: { lv: '', en: '' }, maxScore: 10, weight: 1, minScore: null });

/** The bilingual criteria with maximum, weight and optional minimum; locked once a review is submitted. */
export function RubricEditor({ settings, onReload }: { settings: TReviewSettingsResponse; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRubric(settings.callId);
  const [criteria, setCriteria] = useState<TRubricCriterionInput[]>(() =>
    settings.criteria.map(({ id, name, guidance, maxScore, weight, minScore }) => ({ id, name, guidance, maxScore, weight, minScore })),
  );
  const locked = settings.rubricLocked;
  const patch = (index: number, change: Partial<TRubricCriterionInput>) =>
    setCriteria((current) => current.map((criterion, i) => (i === index ? { ...criterion, ...change } : criterion)));
  const stale = isApiProblem(update.error) && update.error.is(PROBLEM_TYPES.staleVersion);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ version: settings.version, criteria }, { onSuccess: () => notifySuccess(t('review.manage.rubric.saved')) });
      }}
    >
      <Stack gap="md">
        <Title order={2}>{t('review.manage.rubric.heading')}</Title>
        {locked && <Notice color="orange" role="status" title={t('review.manage.rubric.locked')} />}
        {stale ? (
          <Notice color="orange" title={t('review.manage.settings.stale')}>
            <Button mt="xs" variant="default" onClick={onReload}>
              {t('review.manage.settings.reload')}
            </Button>
          </Notice>
        ) : (
          update.error && <ProblemAlert error={update.error} fieldErrors={isApiProblem(update.error) ? update.error.errors : []} />
        )}
        {criteria.length === 0 && <Text>{t('review.manage.rubric.empty')}</Text>}
        {criteria.map((criterion, index) => (
          <Fieldset key={criterion.id ?? `new-${index}`} legend={t('review.manage.rubric.criterion', { n: index + 1 })} disabled={locked}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('review.manage.rubric.nameLv')} required maxLength={200} value={criterion.name.lv} onChange={(e) => patch(index, { name: { ...criterion.name, lv: e.currentTarget.value } })} />
              <TextInput label={t('review.manage.rubric.nameEn')} required maxLength={200} value={criterion.name.en} onChange={(e) => patch(index, { name: { ...criterion.name, en: e.currentTarget.value } })} />
              <Textarea label={t('review.manage.rubric.guidanceLv')} maxLength={2000} autosize value={criterion.guidance.lv} onChange={(e) => patch(index, { guidance: { ...criterion.guidance, lv: e.currentTarget.value } })} />
              <Textarea label={t('review.manage.rubric.guidanceEn')} maxLength={2000} autosize value={criterion.guidance.en} onChange={(e) => patch(index, { guidance: { ...criterion.guidance, en: e.currentTarget.value } })} />
            </SimpleGrid>
            <Group mt="sm" align="end">
              <NumberInput label={t('review.manage.rubric.maxScore')} min={1} max={100} allowDecimal={false} required w={180} value={criterion.maxScore} onChange={(v) => patch(index, { maxScore: Number(v) || 1 })} />
              <NumberInput label={t('review.manage.rubric.weight')} min={1} max={100} allowDecimal={false} required w={120} value={criterion.weight} onChange={(v) => patch(index, { weight: Number(v) || 1 })} />
              <NumberInput label={t('review.manage.rubric.minScore')} min={0} max={100} allowDecimal={false} w={240} value={criterion.minScore ?? ''} onChange={(v) => patch(index, { minScore: typeof v === 'number' ? v : null })} />
              {!locked && (
                <ActionIcon variant="default" size="lg" aria-label={t('review.manage.rubric.remove', { n: index + 1 })} onClick={() => setCriteria((current) => current.filter((_, i) => i !== index))}>
                  ×
                </ActionIcon>
              )}
            </Group>
          </Fieldset>
        ))}
        {!locked && (
          <Group>
            <Button variant="default" disabled={criteria.length >= RUBRIC_MAX_CRITERIA} onClick={() => setCriteria((current) => [...current, blank()])}>
              {t('review.manage.rubric.add')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={criteria.length === 0}>
              {t('review.manage.rubric.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
