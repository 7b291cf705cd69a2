import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { TAnswers, TReportDetail } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { FormRenderer } from '../form-renderer';
import { ReportExpensesSection } from '../project-budgets';
import { IndicatorsFieldset } from './indicators-fieldset';
import { RequestChangesForm } from './request-changes-form';
import { describePart } from './report-parts';
import { reportFieldsOf } from './use-report-autosave';
import { useReportTransition } from './reports.api';
import { ReportVersions } from './report-versions';

/** The coordinator's review: the report as submitted, approve or request changes on named parts, versions compared. */
export function ReportReview({ report }: { report: TReportDetail }) {
  const { t, i18n } = useTranslation();
  const transition = useReportTransition(report.id);
  const fields = reportFieldsOf(report).answers as TAnswers;
  const canReview = report.allowedActions.includes('approve');

  return (
    <Stack gap="xl">
      {report.status === 'changes_requested' && (
        <Notice color="orange" role="status" title={t('reports.review.waiting')}>
          <Text size="sm">{report.reopenedParts.map((part) => describePart(part, report.form, i18n.language, t)).join('; ')}</Text>
        </Notice>
      )}
      {report.status === 'draft' && <Notice color="gray" role="status">{t('reports.review.notSubmitted')}</Notice>}
      {report.form ? <FormRenderer definition={report.form} answers={fields} onAnswerChange={() => undefined} readOnly /> : <Text>{t('reports.noForm')}</Text>}
      <IndicatorsFieldset values={fields} editable={false} frozen={false} errors={{}} onChange={() => undefined} />
      <ReportExpensesSection projectId={report.projectId} reportId={report.id} editable={false} />
      <ReportVersions report={report} />
      {canReview && (
        <Stack component="section" gap="md" aria-labelledby="review-heading">
          <Divider />
          <Title order={2} id="review-heading">
            {t('reports.review.title')}
          </Title>
          {transition.isError && <ProblemAlert error={transition.error} />}
          <Group>
            <Button
              loading={transition.isPending && transition.variables?.action === 'approve'}
              onClick={() => transition.mutate({ action: 'approve', version: report.version }, { onSuccess: () => notifySuccess(t('reports.review.approved')) })}
            >
              {t('reports.review.approve')}
            </Button>
          </Group>
          <RequestChangesForm
            report={report}
            pending={transition.isPending && transition.variables?.action === 'requestChanges'}
            onRequest={(parts, comment) =>
              transition.mutate({ action: 'requestChanges', version: report.version, parts, comment }, { onSuccess: () => notifySuccess(t('reports.review.requested')) })
            }
          />
        </Stack>
      )}
    </Stack>
  );
}
