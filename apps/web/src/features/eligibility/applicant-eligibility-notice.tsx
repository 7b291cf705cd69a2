import { Text } from '@mantine/core';
import type { TApplicationStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { useApplicantEligibility } from './eligibility.api';

/** From the outcome until the decision, which then speaks for itself (an "it will be reviewed" would be stale). */
const AFTER_ELIGIBILITY: TApplicationStatus[] = ['eligible', 'ineligible', 'under_review', 'reviewed'];

/** On the applicant's application page: the eligibility outcome and the coordinator's reason. */
export function ApplicantEligibilityNotice({ applicationId, status }: { applicationId: string; status: TApplicationStatus }) {
  const { t } = useTranslation();
  const outcome = useApplicantEligibility(applicationId, AFTER_ELIGIBILITY.includes(status));
  const data = outcome.data;
  if (!data?.outcome) return null;
  return (
    <Notice role="status" color={data.outcome === 'eligible' ? 'teal' : 'red'} title={t(`eligibility.applicant.${data.outcome}`)}>
      {data.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('eligibility.outcome.reasonShown', { reason: data.reason })}
        </Text>
      )}
    </Notice>
  );
}
