import { Button, Group, Stack } from '@mantine/core';
import type { TMunicipality, TProgramme } from '@kopa/shared';
import type { FormEventHandler, ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { CallFormBasicsFields } from './call-form-basics-fields';
import { CallFormEligibilityFields } from './call-form-eligibility-fields';
import { CallFormMoneyFields } from './call-form-money-fields';
import { CallFormScheduleFields } from './call-form-schedule-fields';
import type { CallFormValues } from './call-form.schema';

interface CallFormProps {
  // The resolver output differs between create and update; the fields do not care.
  form: UseFormReturn<CallFormValues, any, any>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  programmes: TProgramme[];
  municipalities: TMunicipality[];
  programmeLocked: boolean;
  readOnly?: boolean;
  submitLabel: string;
  submitting: boolean;
  /** Alerts shown above the fields (errors, conflicts). */
  notices?: ReactNode;
  /** Buttons beside the submit button. */
  actions?: ReactNode;
}

/** The call editor shared by "new" and "edit"; `noValidate` so our translated errors show. */
export function CallForm(props: CallFormProps) {
  const { form, onSubmit, readOnly = false } = props;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          {props.notices}
          <fieldset disabled={readOnly} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
            <Stack gap="lg">
              <CallFormBasicsFields
                programmes={props.programmes}
                programmeLocked={props.programmeLocked}
              />
              <CallFormEligibilityFields municipalities={props.municipalities} />
              <CallFormMoneyFields />
              <CallFormScheduleFields />
            </Stack>
          </fieldset>
          <Group gap="sm">
            {!readOnly && (
              <Button type="submit" loading={props.submitting}>
                {props.submitLabel}
              </Button>
            )}
            {props.actions}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
