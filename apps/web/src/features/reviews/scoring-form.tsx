import { Button, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { REVIEW_COMMENT_MAX, type TFieldError, type TReviewAssignmentResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { ProblemAlert } from '../../components/problem-alert';
import { useValidationText } from '../../components/use-validation-text';
import { localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { useSubmitReview } from './reviews.api';
import { useReviewAutosave } from './use-review-autosave';

type Scores = Record<string, { score: number | null; comment: string }>;

/** Every criterion 0..max with a comment, an overall comment; autosaved; submitted once complete. */
export function ScoringForm({ assignment, onReload }: { assignment: TReviewAssignmentResponse; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const validationText = useValidationText();
  const readOnly = assignment.status === 'submitted';
  const [scores, setScores] = useState<Scores>(() =>
    Object.fromEntries(assignment.criteria.map((c) => {
      const saved = assignment.scores.find((s) => s.criterionId === c.id);
      return [c.id, { score: saved?.score ?? null, comment: saved?.comment ?? '' }];
    })),
  );
  const [comment, setComment] = useState(assignment.comment);
  const { saver, snapshot } = useReviewAutosave(assignment);
  const draftOf = (nextScores: Scores, nextComment: string) => ({
    comment: nextComment,
    scores: Object.entries(nextScores).map(([criterionId, value]) => ({ criterionId, ...value })),
  });
  const submit = useSubmitReview(assignment.id);
  const fieldErrors: TFieldError[] = isApiProblem(submit.error) ? submit.error.errors : [];
  const errorOf = (criterionId: string) => {
    const found = fieldErrors.find((error) => error.path === `scores.${criterionId}.score`);
    return found ? validationText({ type: found.code, message: found.message }) : undefined;
  };
  const change = (criterionId: string, patch: Partial<Scores[string]>) => {
    const next = { ...scores, [criterionId]: { ...scores[criterionId]!, ...patch } };
    setScores(next);
    saver.change(draftOf(next, comment));
  };

  return (
    <Stack component="section" aria-labelledby="scoring-heading" gap="md">
      <Title order={2} id="scoring-heading">
        {t('review.scoring.heading')}
      </Title>
      {readOnly && <Notice color="green" role="status" title={t('review.scoring.submitted')} />}
      {snapshot.state === 'stale' && (
        <Notice color="orange" title={t('review.scoring.stale')}>
          <Button mt="xs" variant="default" onClick={onReload}>
            {t('review.scoring.reload')}
          </Button>
        </Notice>
      )}
      {snapshot.state === 'error' && <ProblemAlert error={snapshot.error} />}
      {assignment.criteria.map((criterion, index) => (
        <Stack key={criterion.id} gap="xs" component="fieldset" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, padding: 12 }}>
          <Text component="legend" fw={700}>
            {index + 1}. {localized(criterion.name, i18n.language)}
          </Text>
          {localized(criterion.guidance, i18n.language) && <Text size="sm">{localized(criterion.guidance, i18n.language)}</Text>}
          <Text size="sm" c="dimmed">
            {t('review.scoring.weight', { weight: criterion.weight })}
            {criterion.minScore !== null && ` · ${t('review.scoring.minScore', { min: criterion.minScore })}`}
          </Text>
          <NumberInput
            label={t('review.scoring.score', { max: criterion.maxScore })}
            min={0}
            max={criterion.maxScore}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            readOnly={readOnly}
            required
            value={scores[criterion.id]?.score ?? ''}
            error={errorOf(criterion.id)}
            onChange={(value) => change(criterion.id, { score: typeof value === 'number' ? value : null })}
            maw={200}
          />
          <Textarea
            label={t('review.scoring.comment')}
            autosize
            minRows={2}
            maxLength={REVIEW_COMMENT_MAX}
            readOnly={readOnly}
            value={scores[criterion.id]?.comment ?? ''}
            onChange={(event) => change(criterion.id, { comment: event.currentTarget.value })}
          />
        </Stack>
      ))}
      <Textarea
        label={t('review.scoring.overall')}
        autosize
        minRows={3}
        maxLength={REVIEW_COMMENT_MAX}
        readOnly={readOnly}
        value={comment}
        onChange={(event) => {
          setComment(event.currentTarget.value);
          saver.change(draftOf(scores, event.currentTarget.value));
        }}
      />
      {!readOnly && (
        <Group justify="space-between">
          <Text size="sm" role="status" aria-live="polite">
            {snapshot.state === 'saving' ? t('review.scoring.saving') : snapshot.state === 'unsaved' ? t('review.scoring.unsaved') : snapshot.state === 'saved' ? t('review.scoring.saved') : ''}
          </Text>
          <Button
            loading={submit.isPending}
            disabled={snapshot.state === 'stale'}
            onClick={() => {
              void saver.flush().then((version) => submit.mutate(version), () => undefined);
            }}
          >
            {t('review.scoring.submit')}
          </Button>
        </Group>
      )}
      {submit.error && <ProblemAlert error={submit.error} title={fieldErrors.length > 0 ? t('review.scoring.missing') : undefined} />}
    </Stack>
  );
}
