import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { ELIGIBILITY_REASON_MAX, formatRigaDateTime, type TEligibilityDetailResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { useDecideEligibility, type TOutcomeAction } from './eligibility.api';

const ORDER: TOutcomeAction[] = ['markEligible', 'markIneligible', 'revertEligibility'];

/**
 * The outcome and its reason. Ineligible always needs a reason (the applicant reads it);
 * eligible needs one when an automatic check failed. Buttons follow the workflow table.
 */
export function OutcomeForm({ detail }: { detail: TEligibilityDetailResponse }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideEligibility(detail.applicationId);
  const [reason, setReason] = useState('');
  const actions = ORDER.filter((action) => detail.allowedActions.includes(action));
  const fieldError = isApiProblem(decide.error) ? decide.error.errors.find((error) => error.path === 'reason') : undefined;

  return (
    <Stack component="section" gap="sm" aria-labelledby="outcome-heading">
      <Title order={2} size="h3" id="outcome-heading">
        {t('eligibility.outcome.title')}
      </Title>
      {detail.outcome ? (
        <Stack gap={4}>
          <Text fw={600}>{t(`eligibility.outcome.${detail.outcome}`)}</Text>
          {detail.reason && <Text style={{ whiteSpace: 'pre-wrap' }}>{t('eligibility.outcome.reasonShown', { reason: detail.reason })}</Text>}
          {detail.decidedAt && (
            <Text size="sm">
              {t('eligibility.outcome.decidedBy', { name: detail.decidedByName ?? '—', time: formatRigaDateTime(detail.decidedAt, intlLocaleOf(i18n.language)) })}
            </Text>
          )}
        </Stack>
      ) : (
        <Text>{t('eligibility.outcome.none')}</Text>
      )}
      {actions.length > 0 && (
        <>
          <Textarea
            label={t('eligibility.outcome.reason')}
            description={detail.autoPassed ? t('eligibility.outcome.reasonHint') : t('eligibility.outcome.reasonHintOverride')}
            value={reason}
            maxLength={ELIGIBILITY_REASON_MAX}
            autosize
            minRows={3}
            error={fieldError ? t(fieldError.message) : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {decide.isError && !fieldError && <ProblemAlert error={decide.error} />}
          <Group>
            {actions.map((action) => (
              <Button
                key={action}
                variant={action === 'revertEligibility' ? 'default' : action === 'markIneligible' ? 'outline' : 'filled'}
                color={action === 'markIneligible' ? 'red.8' : undefined}
                loading={decide.isPending && decide.variables?.action === action}
                onClick={() =>
                  decide.mutate(
                    { action, reason: reason.trim() || undefined },
                    {
                      onSuccess: () => {
                        setReason('');
                        notifySuccess(t(`eligibility.outcome.done.${action}`));
                      },
                    },
                  )
                }
              >
                {t(`eligibility.outcome.action.${action}`)}
              </Button>
            ))}
          </Group>
        </>
      )}
    </Stack>
  );
}
