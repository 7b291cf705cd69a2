import { zodResolver } from '@hookform/resolvers/zod';
import {
  PROBLEM_TYPES,
  isCallEditable,
  type TCallResponse,
  type TMunicipality,
  type TProgramme,
  type TUpdateCallRequest,
} from '@kopa/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { FormProblemAlert } from '../../components/problem-alert';
import { useFormProblem } from '../../components/use-form-problem';
import { intlLocaleOf } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import { CallActions } from './call-actions';
import { CallForm } from './call-form';
import { ZCallUpdateForm, callToFormValues, type CallFormValues } from './call-form.schema';
import { useUpdateCall } from './calls.api';
import { StaleVersionAlert } from './stale-version-alert';
import { useStaleVersionRecovery } from './use-stale-version-recovery';

interface EditCallFormProps {
  call: TCallResponse;
  programmes: TProgramme[];
  municipalities: TMunicipality[];
}

export function EditCallForm({ call, programmes, municipalities }: EditCallFormProps) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const updateCall = useUpdateCall(call.id);
  const initialValues = callToFormValues(call, locale);
  const form = useForm<CallFormValues, unknown, TUpdateCallRequest>({
    resolver: zodResolver(ZCallUpdateForm, ZOD_PARSE_OPTIONS),
    defaultValues: initialValues,
  });
  const formProblem = useFormProblem(form.setError, initialValues);
  const recovery = useStaleVersionRecovery(form, call.id);
  const editable = isCallEditable(call.status);

  const onError = (error: unknown) => {
    if (isApiProblem(error) && error.is(PROBLEM_TYPES.staleVersion)) {
      formProblem.clear();
      recovery.onConflict();
      return;
    }
    formProblem.report(error);
  };

  const onSaved = (saved: TCallResponse) => {
    formProblem.clear();
    recovery.dismiss();
    form.reset(callToFormValues(saved, locale));
  };

  const submit = form.handleSubmit((body) => {
    formProblem.clear();
    updateCall.mutate(body, {
      onSuccess: (saved) => {
        onSaved(saved);
        notifySuccess(t('manageCalls.saved'));
      },
      onError,
    });
  });

  return (
    <CallForm
      form={form}
      onSubmit={submit}
      programmes={programmes}
      municipalities={municipalities}
      programmeLocked
      readOnly={!editable}
      submitLabel={t('manageCalls.save')}
      submitting={updateCall.isPending}
      notices={
        <>
          {!editable && (
            <Notice color="blue" role="status" title={t('manageCalls.readOnlyTitle')}>
              {t('manageCalls.readOnlyBody')}
            </Notice>
          )}
          <StaleVersionAlert recovery={recovery} />
          <FormProblemAlert problem={formProblem.problem} />
        </>
      }
      actions={
        <CallActions
          call={call}
          hasUnsavedChanges={form.formState.isDirty}
          onTransitioned={onSaved}
          onError={onError}
        />
      }
    />
  );
}
