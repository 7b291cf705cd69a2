import { Button, Group, List, Stack, Text } from '@mantine/core';
import { type TAnswers, type TAnswerValue, type TReportDetail } from '@kopa/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { SaveStatus } from '../applications/save-status';
import { LeaveGuardModal } from '../applications/leave-guard-modal';
import { FormRenderer, type AnswerConflict } from '../form-renderer';
import { ReportExpensesSection } from '../project-budgets';
import { IndicatorsFieldset } from './indicators-fieldset';
import { describePart, reportFieldErrors } from './report-parts';
import { ReportVersions } from './report-versions';
import { reportKey, useReportTransition } from './reports.api';
import { useReportAutosave } from './use-report-autosave';

/**
 * The grantee's report: narrative answers and indicators saved as they type, then submitted.
 * After a change request only the reopened parts can be edited; the others are frozen and
 * say so. A submitted or approved report is read-only.
 */
export function ReportEditor({ report }: { report: TReportDetail }) {
  const { t, i18n } = useTranslation();
  const questions = useMemo(() => new Set(report.editable.questions), [report.editable.questions]);
  const editable = (field: string) => (field.startsWith('indicators.') ? report.editable.indicators : questions.has(field));
  const { controller, snapshot, unsaved, blocker } = useReportAutosave(report, editable);
  const fields = snapshot.draft.local as TAnswers;
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [blocked, setBlocked] = useState<string | null>(null);
  const transition = useReportTransition(report.id);
  const queryClient = useQueryClient();
  const canSubmit = report.allowedActions.includes('submit');
  const reopened = report.status === 'changes_requested';
  const anythingEditable = questions.size > 0 || report.editable.indicators;
  const submittable = anythingEditable || report.editable.expenses;

  const onChange = (field: string, value: TAnswerValue) => {
    if (!editable(field)) return;
    if (serverErrors[field]) setServerErrors(({ [field]: _dropped, ...rest }) => rest);
    controller.edit(field, value);
  };
  const conflicts: Record<string, AnswerConflict> = Object.fromEntries(
    Object.values(snapshot.draft.conflicts).map((conflict) => [conflict.questionId, { yours: conflict.yours, theirs: conflict.theirs }]),
  );

  const submit = async () => {
    setBlocked(null);
    await controller.flush();
    if (controller.hasUnsaved()) {
      setBlocked(Object.keys(snapshot.draft.conflicts).length > 0 ? t('applications.submit.resolveConflicts') : t('applications.submit.saveFirst'));
      return;
    }
    // The autosave moved the report's version on: submit the one the server has now.
    const latest = queryClient.getQueryData<TReportDetail>(reportKey(report.id)) ?? report;
    transition.mutate(
      { action: 'submit', version: latest.version },
      {
        onSuccess: () => {
          controller.clearStorage();
          setServerErrors({});
          notifySuccess(t('reports.submitted'));
          window.scrollTo({ top: 0 });
        },
        onError: (error) => {
          if (isApiProblem(error)) setServerErrors(reportFieldErrors(error.errors));
        },
      },
    );
  };

  return (
    <Stack gap="xl">
      {reopened && (
        <Notice color="orange" role="status" title={t('reports.changesRequested.title')}>
          <Stack gap="xs">
            {report.reviewComment && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{report.reviewComment}</Text>}
            <Text size="sm">{t('reports.changesRequested.parts')}</Text>
            <List size="sm">
              {report.reopenedParts.map((part) => (
                <List.Item key={part}>{describePart(part, report.form, i18n.language, t)}</List.Item>
              ))}
            </List>
            <Text size="sm">{t('reports.changesRequested.frozen')}</Text>
          </Stack>
        </Notice>
      )}
      {report.status === 'submitted' && <Notice color="blue" role="status">{t('reports.submittedNotice')}</Notice>}
      {report.status === 'approved' && <Notice color="green" role="status">{t('reports.approvedNotice')}</Notice>}

      {report.form ? (
        <FormRenderer
          definition={report.form}
          answers={fields}
          onAnswerChange={onChange}
          errors={serverErrors}
          editableQuestionIds={anythingEditable ? questions : undefined}
          readOnly={!anythingEditable}
          conflicts={conflicts}
          onResolveConflict={(field, value) => controller.resolveConflict(field, value)}
        />
      ) : (
        <Text>{t('reports.noForm')}</Text>
      )}
      <IndicatorsFieldset values={fields} editable={report.editable.indicators} frozen={reopened && !report.editable.indicators} errors={serverErrors} onChange={onChange} />
      <ReportExpensesSection projectId={report.projectId} reportId={report.id} editable={report.editable.expenses} />

      {submittable && (
        <Stack gap="sm">
          <SaveStatus snapshot={snapshot} unsaved={unsaved} held={false} onRetry={() => void controller.retry()} />
          {blocked && <Notice color="red">{blocked}</Notice>}
          {transition.isError && !isApiProblem(transition.error) && <ProblemAlert error={transition.error} />}
          {transition.isError && isApiProblem(transition.error) && (
            <Notice color="red" title={t('reports.submitFailed')}>
              {transition.error.detail}
            </Notice>
          )}
          {canSubmit && (
            <Group>
              <Button onClick={() => void submit()} loading={transition.isPending}>
                {reopened ? t('reports.resubmit') : t('reports.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <ReportVersions report={report} />
      <LeaveGuardModal blocker={blocker} />
    </Stack>
  );
}
