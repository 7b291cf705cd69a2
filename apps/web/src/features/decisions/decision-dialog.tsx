import { Button, Checkbox, Group, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { centsToEuroInput, formatEuroCents, parseEuroToCents, type TCallBudgetLine, type TDecisionKind } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useDecide } from './decisions.api';
import { useApiFieldErrors } from './use-api-field-errors';

export interface DecisionTarget {
  id: string;
  referenceNumber: string | null;
  requestedCents: number | null;
  /** The current award, which a new decision replaces (it does not count twice against the envelope). */
  currentAwardCents: number | null;
  currentKind: TDecisionKind | null;
  currentRationale: string;
}

interface Props {
  target: DecisionTarget;
  allowed: readonly TDecisionKind[];
  budget: TCallBudgetLine;
  limits: { minAwardCents: number; maxAwardCents: number };
  onClose: () => void;
}

/** Award (full or reduced), waitlist or reject, with a rationale; asks for a reason when the award passes the envelope. */
export function DecisionDialog({ target, allowed, budget, limits, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const [kind, setKind] = useState<TDecisionKind>(target.currentKind ?? allowed[0] ?? 'award');
  const [amount, setAmount] = useState(centsToEuroInput(target.currentAwardCents ?? target.requestedCents ?? 0, locale));
  const [rationale, setRationale] = useState(target.currentRationale);
  const [feedback, setFeedback] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [touched, setTouched] = useState(false);
  const decide = useDecide(target.id);
  const fieldErrors = useApiFieldErrors(decide.error);

  const amountCents = parseEuroToCents(amount);
  // The API checks these too; saying so before sending spares a round trip.
  const boundsError =
    kind !== 'award' || amountCents === null
      ? undefined
      : target.requestedCents !== null && amountCents > target.requestedCents
        ? t('decisions.amount.aboveRequested')
        : amountCents > limits.maxAwardCents
          ? t('decisions.amount.aboveMaximum')
          : amountCents < limits.minAwardCents
            ? t('decisions.amount.belowMinimum')
            : undefined;
  const remainingForThis = budget.remainingCents + (target.currentAwardCents ?? 0);
  const overEnvelope = kind === 'award' && amountCents !== null && amountCents > remainingForThis;
  const showOverride = overEnvelope || fieldErrors.has('over_envelope');

  const submit = () => {
    setTouched(true);
    if (!rationale.trim() || (kind === 'award' && amountCents === null) || boundsError || (showOverride && !overrideReason.trim())) return;
    decide.mutate(
      {
        kind,
        rationale: rationale.trim(),
        feedbackEnabled: feedback,
        ...(kind === 'award' ? { amountCents: amountCents! } : {}),
        ...(showOverride && overrideReason.trim() ? { overrideReason: overrideReason.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(t('decisions.dialog.saved'));
          onClose();
        },
      },
    );
  };

  const euro = (cents: number) => formatEuroCents(cents, locale);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('decisions.dialog.title', { reference: target.referenceNumber ?? '' })} size="lg">
      <Stack>
        {decide.isError && !fieldErrors.paths.length && <ProblemAlert error={decide.error} />}
        <Radio.Group label={t('decisions.dialog.kind')} value={kind} onChange={(value) => setKind(value as TDecisionKind)}>
          <Group mt="xs">
            {allowed.map((value) => (
              <Radio key={value} value={value} label={t(`decisions.kind.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        {kind === 'award' && (
          <TextInput
            label={t('decisions.dialog.amount')}
            description={t('decisions.dialog.amountHelp', {
              requested: target.requestedCents === null ? '—' : euro(target.requestedCents),
              min: euro(limits.minAwardCents),
              max: euro(limits.maxAwardCents),
            })}
            required
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={(touched || amount !== '') && amountCents === null ? t('decisions.amount.invalid') : (boundsError ?? fieldErrors.of('amountCents'))}
            data-autofocus
          />
        )}
        <Textarea
          label={t('decisions.dialog.rationale')}
          description={t('decisions.dialog.rationaleHelp')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          value={rationale}
          onChange={(event) => setRationale(event.currentTarget.value)}
          error={touched && !rationale.trim() ? t('validation.required') : fieldErrors.of('rationale')}
        />
        <Checkbox label={t('decisions.dialog.feedback')} checked={feedback} onChange={(event) => setFeedback(event.currentTarget.checked)} />
        {showOverride && (
          <>
            <Notice color="orange" role="status">
              {t('decisions.dialog.overEnvelope', { remaining: euro(remainingForThis) })}
            </Notice>
            <Textarea
              label={t('decisions.dialog.overrideReason')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={overrideReason}
              onChange={(event) => setOverrideReason(event.currentTarget.value)}
              error={touched && !overrideReason.trim() ? t('decisions.envelope.overrideRequired') : fieldErrors.of('overrideReason')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={decide.isPending} onClick={submit}>
            {t('decisions.dialog.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
