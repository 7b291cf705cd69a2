import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import type { CallFormValues } from './call-form.schema';

/** Times are typed in Riga local time, whatever zone the coordinator's computer is in. */
export function CallFormScheduleFields() {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<CallFormValues>();
  const errorOf = useFieldError(formState.errors);
  const rigaTime = t('calls.rigaTimeNote');

  return (
    <Fieldset legend={t('callForm.sections.schedule')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="datetime-local"
          label={`${t('calls.fields.opensAt')} ${rigaTime}`}
          required
          error={errorOf('opensAt')}
          {...register('opensAt')}
        />
        <TextInput
          type="datetime-local"
          label={`${t('calls.fields.closesAt')} ${rigaTime}`}
          required
          error={errorOf('closesAt')}
          {...register('closesAt')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
