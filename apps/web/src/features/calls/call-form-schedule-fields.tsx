import { Fieldset, SimpleGrid } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import type { CallFormValues } from './call-form.schema';
import { DateField } from '../../components/date-field';

/** Times are typed in Riga local time, whatever zone the coordinator's computer is in. */
export function CallFormScheduleFields() {
  const { t } = useTranslation();
  const { control, formState } = useFormContext<CallFormValues>();
  const errorOf = useFieldError(formState.errors);
  const rigaTime = t('calls.rigaTimeNote');

  return (
    <Fieldset legend={t('callForm.sections.schedule')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {(['opensAt', 'closesAt'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <DateField
                withTime
                label={`${t(`calls.fields.${name}`)} ${rigaTime}`}
                required
                error={errorOf(name)}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                ref={field.ref}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
