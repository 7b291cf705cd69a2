import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import type { TScoreCell } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useModerateScore } from './decisions.api';
import { useApiFieldErrors } from './use-api-field-errors';

interface Props {
  applicationId: string;
  assignmentId: string;
  criterion: { id: string; name: string; maxScore: number };
  cell: TScoreCell;
  onClose: () => void;
}

/** A coordinator's adjusted score with a mandatory reason; the reviewer's own score is kept. */
export function ModerationDialog({ applicationId, assignmentId, criterion, cell, onClose }: Props) {
  const { t } = useTranslation();
  const [score, setScore] = useState<number | string>(cell.moderatedScore ?? cell.score ?? 0);
  const [reason, setReason] = useState(cell.moderationReason ?? '');
  const [touched, setTouched] = useState(false);
  const { moderate, remove } = useModerateScore(applicationId);
  const errors = useApiFieldErrors(moderate.error);
  const valid = typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= criterion.maxScore;

  const save = () => {
    setTouched(true);
    if (!valid || !reason.trim()) return;
    moderate.mutate(
      { assignmentId, criterionId: criterion.id, body: { moderatedScore: score as number, reason: reason.trim() } },
      { onSuccess: () => (notifySuccess(t('decisions.moderation.save')), onClose()) },
    );
  };

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={`${t('decisions.moderation.title')}: ${criterion.name}`}>
      <Stack>
        {(moderate.isError && !errors.paths.length) || remove.isError ? <ProblemAlert error={moderate.error ?? remove.error} /> : null}
        <Text size="sm">{t('decisions.moderation.original', { score: cell.score ?? '—', max: criterion.maxScore })}</Text>
        <NumberInput
          label={t('decisions.moderation.score')}
          required
          min={0}
          max={criterion.maxScore}
          allowDecimal={false}
          allowNegative={false}
          value={score}
          onChange={setScore}
          error={touched && !valid ? t('decisions.moderation.aboveMaximum') : errors.of('moderatedScore')}
          data-autofocus
        />
        <Textarea
          label={t('decisions.moderation.reason')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={touched && !reason.trim() ? t('validation.required') : errors.of('reason')}
        />
        <Group justify="space-between">
          {cell.moderatedScore !== null ? (
            <Button variant="subtle" color="red.9" loading={remove.isPending} onClick={() => remove.mutate({ assignmentId, criterionId: criterion.id }, { onSuccess: onClose })}>
              {t('decisions.moderation.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button loading={moderate.isPending} onClick={save}>
              {t('decisions.moderation.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
