import type { ReactNode } from 'react';
import { Anchor, Box, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  allQuestions,
  answerValueSchema,
  buildAnswersSchema,
  formatEuroCents,
  formatRigaDateTime,
  PROBLEM_TYPES,
  type TAnswers,
  type TAnswerValue,
  type TFormDefinition,
  type TApplicationResponse,
  type TBudgetLimits,
  type TQuestion,
} from '@kopa/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { problemMessageKey } from '../../lib/problem-message';
import { usePageTitle } from '../../lib/use-page-title';
import { FormRenderer, formErrorsFromZod, useRendererText, type AnswerConflict } from '../form-renderer';
import { useAttachments, useSubmitApplication } from './applications.api';
import { ApplicationStatusBadge } from './application-status-badge';
import { DeadlineNotice } from './deadline-notice';
import { ErrorSummary } from './error-summary';
import { FileUploadField } from './file-upload-field';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { WithdrawDialog } from './withdraw-dialog';
import { DeleteDraftDialog } from './delete-draft-dialog';
import { ApplicationDocument } from './application-document';
import { LeaveGuardModal } from './leave-guard-modal';
import { serverFieldErrors } from './application-problems';

/** An answer is sent only when it passes its own draft schema (the server checks the same). */
function answerSender(form: TFormDefinition) {
  const schemas = new Map(allQuestions(form).map((question) => [question.id, answerValueSchema(question, 'draft').nullable()]));
  return (questionId: string, value: TAnswerValue) => schemas.get(questionId)?.safeParse(value).success ?? false;
}

/** `outcome`: what the programme decided about it (eligibility, decision), shown under the title. */
export function ApplicationEditor({ application, outcome }: { application: TApplicationResponse; outcome?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const rendererText = useRendererText();
  const callTitle = localized(application.call.title, i18n.language);
  usePageTitle(t('applications.editor.pageTitle', { call: callTitle }));

  const canEdit = application.allowedActions.includes('edit');
  const editableIds = useMemo(() => new Set(application.editableQuestionIds), [application.editableQuestionIds]);
  const isEditable = (questionId: string) => canEdit && editableIds.has(questionId);
  const [canSend] = useState(() => answerSender(application.form));
  const { controller, snapshot, unsaved, held, blocker } = useAutosave(application, isEditable, canSend);
  const answers = snapshot.draft.local as TAnswers;

  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [justSubmitted, setJustSubmitted] = useState(false);
  const [withdrawn, setWithdrawn] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const navigate = useNavigate();
  const onDeleted = () => {
    controller.dispose();
    controller.clearStorage();
    setDeleted(true);
    notifySuccess(t('applications.deleteDraft.done'));
    void navigate('/dashboard');
  };
  // Unsaved edits of a deleted draft have nowhere to go: leave without asking.
  useEffect(() => {
    if (deleted && blocker.state === 'blocked') blocker.proceed();
  }, [deleted, blocker]);
  const [submitBlocked, setSubmitBlocked] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const submitting = useRef(false);
  const submit = useSubmitApplication(application.id);
  const summaryRef = useRef<HTMLDivElement>(null);
  const attachments = useAttachments(application.id);

  const budgetLimits: TBudgetLimits = {
    minAwardCents: application.call.minAwardCents,
    maxAwardCents: application.call.maxAwardCents,
    ownContributionPercent: application.call.ownContributionPercent,
  };
  const clientErrors = useMemo(() => {
    const schema = buildAnswersSchema(application.form, submitAttempted ? 'submit' : 'draft', budgetLimits);
    const result = schema.safeParse(answers);
    return result.success ? {} : formErrorsFromZod(result.error);
    // budgetLimits is derived from application.call
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [application.form, application.call, answers, submitAttempted]);
  const errors = { ...serverErrors, ...clientErrors };

  const conflicts: Record<string, AnswerConflict> = Object.fromEntries(
    Object.values(snapshot.draft.conflicts).map((conflict) => [conflict.questionId, { yours: conflict.yours, theirs: conflict.theirs }]),
  );

  const onAnswerChange = (questionId: string, value: TAnswers[string]) => {
    if (!isEditable(questionId)) return;
    if (serverErrors[questionId]) {
      setServerErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => key.split('.')[0] !== questionId)));
    }
    controller.edit(questionId, value);
  };

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.querySelector<HTMLElement>('a')?.focus());

  const startSubmit = () => {
    setSubmitBlocked(null);
    setSubmitAttempted(true);
    const check = buildAnswersSchema(application.form, 'submit', budgetLimits).safeParse(answers);
    if (!check.success) {
      focusSummary();
      return;
    }
    confirm.open();
  };

  const doSubmit = async () => {
    if (submitting.current) return;
    submitting.current = true;
    try {
      await controller.flush();
      if (controller.hasUnsaved()) {
        confirm.close();
        setSubmitBlocked(
          Object.keys(snapshot.draft.conflicts).length > 0 ? t('applications.submit.resolveConflicts') : t('applications.submit.saveFirst'),
        );
        return;
      }
      await submit.mutateAsync();
      controller.clearStorage();
      confirm.close();
      setJustSubmitted(true);
      window.scrollTo({ top: 0 });
    } catch (error) {
      confirm.close();
      const fieldErrors = serverFieldErrors(error);
      if (Object.keys(fieldErrors).length > 0) {
        setServerErrors(fieldErrors);
        focusSummary();
      }
    } finally {
      submitting.current = false;
    }
  };

  const deadline = application.openClarification?.dueAt ?? application.call.closesAt;
  const clarification = application.openClarification;
  const questionLabels = (ids: string[]) =>
    application.form.sections
      .flatMap((section) => section.questions)
      .filter((question) => ids.includes(question.id))
      .map((question) => localized(question.label, i18n.language));

  const renderFileQuestion = (question: TQuestion, value: string[], onChange: (value: string[]) => void) => (
    <FileUploadField
      applicationId={application.id}
      question={question}
      value={value}
      onChange={onChange}
      attachments={attachments.data ?? []}
      maxBytes={application.form.attachmentMaxBytes}
      editable={isEditable(question.id)}
    />
  );

  const isSubmitted = application.referenceNumber !== null && !canEdit;
  const saving = snapshot.status === 'saving' || snapshot.status === 'pending';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/dashboard" size="sm">
        {t('applications.editor.backToDashboard')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{callTitle}</Title>
        <Group gap="sm" wrap="wrap">
          <Text>{application.organisation?.legalName}</Text>
          <ApplicationStatusBadge status={application.status} />
          {application.referenceNumber && (
            <Text fw={600}>{t('applications.referenceNumber', { reference: application.referenceNumber })}</Text>
          )}
        </Group>
      </Stack>
      {outcome}

      {justSubmitted && application.referenceNumber && (
        <Notice color="green" role="status" title={t('applications.submit.successTitle')}>
          <Text size="sm">{t('applications.submit.successReference', { reference: application.referenceNumber })}</Text>
          <Text size="sm">{t('applications.submit.successReceipt')}</Text>
        </Notice>
      )}
      {withdrawn && <Notice color="gray" role="status" title={t('applications.withdraw.done')} />}
      {snapshot.restored.length > 0 && (
        <Notice color="blue" role="status" title={t('applications.editor.restoredTitle')}>
          <Text size="sm">{t('applications.editor.restoredBody', { count: snapshot.restored.length })}</Text>
        </Notice>
      )}
      {clarification && (
        <Notice color="orange" role="status" title={t('applications.clarification.title')}>
          <Stack gap={4}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {clarification.message}
            </Text>
            <Text size="sm">
              {t('applications.clarification.questions', { questions: questionLabels(clarification.questionIds).join('; ') })}
            </Text>
            <Text size="sm" fw={600}>
              {t('applications.clarification.due', { time: formatRigaDateTime(clarification.dueAt, locale) })}
            </Text>
          </Stack>
        </Notice>
      )}
      {!canEdit && !justSubmitted && (
        <Text>{isSubmitted ? t('applications.editor.readOnlySubmitted') : t('applications.editor.readOnly')}</Text>
      )}
      {application.status === 'withdrawn' && application.withdrawalReason && (
        <Text size="sm">{t('applications.withdraw.reasonShown', { reason: application.withdrawalReason })}</Text>
      )}

      {canEdit && (
        <Box
          component="section"
          aria-label={t('applications.editor.statusRegion')}
          p="sm"
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 5,
            background: 'var(--mantine-color-body)',
            borderBottom: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Group justify="space-between" wrap="wrap" gap="sm">
            <DeadlineNotice dueAt={deadline} labelKey={clarification ? 'applications.clarification.deadline' : 'applications.deadline'} />
            <SaveStatus snapshot={snapshot} unsaved={unsaved} held={held} onRetry={() => void controller.retry()} />
          </Group>
          {snapshot.status === 'error' && (
            <Text size="sm" c="red.9" mt={4}>
              {t(problemMessageKey(snapshot.error))} {t('applications.save.errorKept')}
            </Text>
          )}
        </Box>
      )}
      {application.requestedCents !== null && (
        <Text size="sm">{t('applications.requested', { amount: formatEuroCents(application.requestedCents, locale) })}</Text>
      )}

      <div ref={summaryRef} style={{ scrollMarginTop: 140 }}>
        <ErrorSummary form={application.form} errors={errors} message={rendererText.message} />
      </div>
      {submit.isError && !isApiProblem(submit.error) ? <ProblemAlert error={submit.error} /> : null}
      {submit.isError && isApiProblem(submit.error) && submit.error.status !== 400 && (
        <ProblemAlert
          error={submit.error}
          title={submit.error.is(PROBLEM_TYPES.invalidTransition) ? t('applications.submit.closed') : undefined}
        />
      )}
      {submitBlocked && <Notice color="red" title={submitBlocked} />}

      {canEdit ? (
        <Box
          onBlur={() => {
            if (controller.hasUnsaved()) void controller.flush();
          }}
        >
          <FormRenderer
            definition={application.form}
            answers={answers}
            onAnswerChange={onAnswerChange}
            errors={errors}
            readOnly={!canEdit}
            editableQuestionIds={canEdit ? editableIds : undefined}
            budgetLimits={budgetLimits}
            renderFileQuestion={renderFileQuestion}
            conflicts={conflicts}
            onResolveConflict={(questionId, value) => controller.resolveConflict(questionId, value)}
          />
        </Box>
      ) : (
        <ApplicationDocument form={application.form} answers={application.answers as TAnswers} attachments={attachments.data ?? []} />
      )}

      <Group gap="md" wrap="wrap">
        {application.allowedActions.includes('submit') && (
          // Not disabled while saving: leaving a field starts a save on mousedown, and a button disabled
          // before mouseup would swallow the click. The confirmation waits for the save instead.
          <Button onClick={startSubmit} disabled={submit.isPending} loading={submit.isPending}>
            {clarification ? t('applications.submit.resubmit') : t('applications.submit.open')}
          </Button>
        )}
        {application.allowedActions.includes('withdraw') && (
          <WithdrawDialog applicationId={application.id} onWithdrawn={() => setWithdrawn(true)} />
        )}
        {application.allowedActions.includes('delete') && <DeleteDraftDialog applicationId={application.id} onDeleted={onDeleted} />}
        {saving && application.allowedActions.includes('submit') && <Text size="sm">{t('applications.submit.waitForSave')}</Text>}
      </Group>

      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={confirming} onClose={confirm.close} title={t('applications.submit.confirmTitle')}>
        <Stack>
          <Text>{t('applications.submit.confirmBody', { call: callTitle, organisation: application.organisation?.legalName ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.cancel')}
            </Button>
            <Button loading={submit.isPending} disabled={snapshot.status === 'saving'} onClick={() => void doSubmit()}>
              {t('applications.submit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      {!deleted && <LeaveGuardModal blocker={blocker} />}
    </Stack>
  );
}
