import { Button, Grid, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { isCallEditable, PROBLEM_TYPES, REPORT_QUESTION_TYPES, type TCallFormResponse, type TCallResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBeforeUnload, useBlocker } from 'react-router';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { bytesToMegabytes, emptyEditorForm, errorsFromApi, megabytesToBytes, toDefinition, toEditorForm } from './builder-model';
import { fetchCallForm, useSaveCallForm, type FormPurpose } from './call-forms.api';
import { FormPreview } from './form-preview';
import { SectionEditor } from './section-editor';
import { useBuilderError } from './use-builder-error';
import { useFormEditor } from './use-form-editor';

interface CallFormBuilderProps {
  call: TCallResponse;
  saved: TCallFormResponse | null;
  /** The report form of the call's funded projects: stays editable after the call closes (new versions once reports answer it). */
  purpose?: FormPurpose;
}

type Base = { version: number; updatedAt: string; locked: boolean } | null;
const baseOf = (form: TCallFormResponse | null): Base => (form ? { version: form.version, updatedAt: form.updatedAt, locked: form.locked } : null);

export function CallFormBuilder({ call, saved, purpose = 'application' }: CallFormBuilderProps) {
  const { t } = useTranslation();
  const editor = useFormEditor(saved ? toEditorForm(saved.definition) : emptyEditorForm());
  const [base, setBase] = useState<Base>(baseOf(saved));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [stale, setStale] = useState(false);
  const [recoveryError, setRecoveryError] = useState<unknown>(null);
  const save = useSaveCallForm(call.id, purpose);
  const editable = purpose === 'report' || isCallEditable(call.status);

  const errors = showErrors ? { ...serverErrors, ...editor.validation.errors } : {};
  const errorOf = useBuilderError(errors);

  useBeforeUnload((event) => {
    if (!editor.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });
  const blocker = useBlocker(({ currentLocation, nextLocation }) => editor.dirty && currentLocation.pathname !== nextLocation.pathname);

  const submit = () => {
    setShowErrors(true);
    setServerErrors({});
    if (!editor.validation.definition) {
      // Take the person to the first field with a problem.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    save.mutate(
      { definition: toDefinition(editor.form), baseVersion: base?.version ?? null, ...(base ? { baseUpdatedAt: base.updatedAt } : {}) },
      {
        onSuccess: (form) => {
          const created = base !== null && form.version !== base.version;
          setBase(baseOf(form));
          setStale(false);
          editor.markSaved();
          notifySuccess(created ? t('callForms.saved.newVersion', { version: form.version }) : t('callForms.saved.inPlace', { version: form.version }));
        },
        onError: (error) => {
          if (isApiProblem(error) && error.is(PROBLEM_TYPES.staleVersion)) setStale(true);
          if (isApiProblem(error) && error.is(PROBLEM_TYPES.validation)) setServerErrors(errorsFromApi(error.errors));
        },
      },
    );
  };

  /** Someone saved meanwhile: keep my edits, take their version as the base to save over. */
  const keepMine = async () => {
    setRecoveryError(null);
    try {
      const latest = await fetchCallForm(call.id, undefined, purpose);
      setBase(baseOf(latest));
      setStale(false);
      save.reset();
    } catch (error) {
      setRecoveryError(error);
    }
  };
  /** …or drop my edits and load what is saved. */
  const loadSaved = async () => {
    setRecoveryError(null);
    try {
      const latest = await fetchCallForm(call.id, undefined, purpose);
      editor.reset(latest ? toEditorForm(latest.definition) : emptyEditorForm());
      setBase(baseOf(latest));
      setStale(false);
      setShowErrors(false);
      save.reset();
    } catch (error) {
      setRecoveryError(error);
    }
  };

  const budgetLimits = { minAwardCents: call.minAwardCents, maxAwardCents: call.maxAwardCents, ownContributionPercent: call.ownContributionPercent };
  const hasErrors = showErrors && Object.keys(editor.validation.errors).length > 0;

  return (
    <Stack gap="lg">
      {!editable && (
        <Notice color="gray" role="status" title={t('callForms.readOnly.title')}>
          {t('callForms.readOnly.body')}
        </Notice>
      )}
      {base?.locked && editable && (
        <Notice color="blue" role="status" title={t('callForms.locked.title', { version: base.version })}>
          {t('callForms.locked.body', { next: base.version + 1 })}
        </Notice>
      )}
      {base && (
        <Text size="sm">{t('callForms.versionInfo', { version: base.version })}</Text>
      )}
      {stale && (
        <Notice color="orange" role="alert" title={t('callForms.stale.title')}>
          <Text size="sm" mb="sm">
            {t('callForms.stale.body')}
          </Text>
          <Group gap="sm">
            <Button size="sm" onClick={() => void keepMine()}>
              {t('callForms.stale.keepMine')}
            </Button>
            <Button size="sm" variant="default" onClick={() => void loadSaved()}>
              {t('callForms.stale.loadSaved')}
            </Button>
          </Group>
          {recoveryError != null && <ProblemAlert error={recoveryError} />}
        </Notice>
      )}
      {save.error && !stale && !(isApiProblem(save.error) && save.error.is(PROBLEM_TYPES.validation)) && <ProblemAlert error={save.error} />}
      {hasErrors && (
        <Notice color="red" role="alert" title={t('callForms.hasErrors')}>
          {t('callForms.hasErrorsBody')}
        </Notice>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <NumberInput
              label={t('callForms.attachmentMaxMb')}
              description={t('callForms.attachmentMaxMbHint')}
              min={0.01}
              max={100}
              decimalScale={2}
              w={280}
              value={bytesToMegabytes(editor.form.attachmentMaxBytes)}
              error={errorOf('attachmentMaxBytes')}
              onChange={(value) => typeof value === 'number' && editor.setAttachmentMaxBytes(megabytesToBytes(value))}
            />
            {editor.form.sections.map((section, index) => (
              <SectionEditor
                key={section.key}
                form={editor.form}
                section={section}
                index={index}
                errorOf={errorOf}
                onChange={(next) => editor.changeSection(index, next)}
                onQuestionChange={(q, question) => editor.changeQuestion(index, q, question)}
                onQuestionLabel={(q, label) => editor.changeQuestionLabel(index, q, label)}
                onQuestionMove={(q, delta) => editor.moveQuestion(index, q, delta)}
                onQuestionRemove={(q) => editor.removeQuestion(index, q)}
                onAddQuestion={(type) => editor.addQuestion(index, type)}
                questionTypes={purpose === 'report' ? REPORT_QUESTION_TYPES : undefined}
                onMove={(delta) => editor.moveSection(index, delta)}
                onRemove={() => editor.removeSection(index)}
                isFirst={index === 0}
                isLast={index === editor.form.sections.length - 1}
              />
            ))}
            {errorOf('sections') && (
              <Text size="sm" c="red">
                {errorOf('sections')}
              </Text>
            )}
            <Group justify="space-between">
              <Button variant="light" onClick={editor.addSection}>
                {t('callForms.section.add')}
              </Button>
              <Button onClick={submit} loading={save.isPending} disabled={!editable}>
                {base?.locked ? t('callForms.saveNewVersion', { next: base.version + 1 }) : t('callForms.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 16 }}>
            <FormPreview definition={editor.lastValid} stale={editor.lastValid !== null && !editor.validation.definition} budgetLimits={budgetLimits} />
          </div>
        </Grid.Col>
      </Grid>
      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('callForms.leave.title')}>
        <Stack>
          <Text>{t('callForms.leave.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('callForms.leave.stay')}
            </Button>
            <Button color="red.9" onClick={() => blocker.proceed?.()}>
              {t('callForms.leave.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
