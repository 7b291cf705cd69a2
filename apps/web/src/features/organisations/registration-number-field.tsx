import { Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import { useValidationText } from '../../components/use-validation-text';
import type { OrganisationFormValues } from './organisation-form.schema';
import { registrationNumberStatus } from './registration-number';

/**
 * The Register of Enterprises number, checked as the user types with the same checker the
 * server uses; not shown at all for informal groups, which have none.
 */
export function RegistrationNumberField() {
  const { t } = useTranslation();
  const { register, control, formState, setValue } = useFormContext<OrganisationFormValues>();
  const errorOf = useFieldError(formState.errors);
  const validationText = useValidationText();
  const [type, value] = useWatch({ control, name: ['type', 'registrationNumber'] });
  const status = registrationNumberStatus(type, value ?? '');

  // A number typed before switching to "informal group" must not be sent.
  useEffect(() => {
    if (status.kind === 'hidden' && value) setValue('registrationNumber', '');
  }, [status.kind, value, setValue]);

  if (status.kind === 'hidden') return null;
  const liveError = status.kind === 'invalid' ? validationText({ type: 'custom', message: status.message }) : undefined;

  return (
    <div>
      <TextInput
        label={t('organisations.fields.registrationNumber')}
        description={t('organisations.fields.registrationNumberHint')}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        styles={{ wrapper: { maxWidth: 260 } }}
        error={errorOf('registrationNumber') ?? liveError}
        {...register('registrationNumber')}
      />
      {/* Mantine's green shades miss 4.5:1 on white; a check mark carries the meaning instead. */}
      <Text size="sm" fw={600} mt={4} role="status" aria-live="polite">
        {status.kind === 'valid' && !errorOf('registrationNumber') && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('organisations.fields.registrationNumberValid')}
          </>
        )}
      </Text>
    </div>
  );
}
