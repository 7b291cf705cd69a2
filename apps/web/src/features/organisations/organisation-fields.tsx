import { Fieldset, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { ORGANISATION_TYPES, type TMunicipality } from '@kopa/shared';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import { municipalityName, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import type { OrganisationFormValues } from './organisation-form.schema';
import { RegistrationNumberField } from './registration-number-field';

export const DESCRIPTION_MAX = 2000;

/** The profile fields shared by "new organisation" and the owners' edit form. */
export function OrganisationFields({ municipalities }: { municipalities: TMunicipality[] }) {
  const { t, i18n } = useTranslation();
  const { register, formState, watch } = useFormContext<OrganisationFormValues>();
  const errorOf = useFieldError(formState.errors);
  const typeLabel = useOrganisationTypeLabel();
  const collator = new Intl.Collator(i18n.language);
  const municipalityOptions = [
    { value: '', label: t('organisations.fields.municipalityPlaceholder'), disabled: true },
    ...[...municipalities]
      .sort((a, b) => collator.compare(municipalityName(a, i18n.language), municipalityName(b, i18n.language)))
      .map((municipality) => ({ value: municipality.code, label: municipalityName(municipality, i18n.language) })),
  ];
  const typeOptions = [
    { value: '', label: t('organisations.fields.typePlaceholder'), disabled: true },
    ...ORGANISATION_TYPES.map((type) => ({ value: type, label: typeLabel(type) })),
  ];
  const description = watch('description') ?? '';

  return (
    <Stack gap="lg">
      <Fieldset legend={t('organisations.sections.identity')}>
        <Stack gap="md">
          <NativeSelect
            label={t('organisations.fields.type')}
            required
            data={typeOptions}
            error={errorOf('type')}
            {...register('type')}
          />
          <TextInput
            label={t('organisations.fields.legalName')}
            description={t('organisations.fields.legalNameHint')}
            required
            autoComplete="organization"
            error={errorOf('legalName')}
            {...register('legalName')}
          />
          <RegistrationNumberField />
          <NativeSelect
            label={t('organisations.fields.municipality')}
            required
            data={municipalityOptions}
            error={errorOf('municipalityCode')}
            {...register('municipalityCode')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('organisations.sections.contacts')}>
        <Stack gap="md">
          <TextInput
            label={t('organisations.fields.address')}
            required
            autoComplete="street-address"
            error={errorOf('address')}
            {...register('address')}
          />
          <TextInput
            label={t('organisations.fields.contactEmail')}
            required
            type="email"
            autoComplete="email"
            error={errorOf('contactEmail')}
            {...register('contactEmail')}
          />
          <TextInput
            label={t('organisations.fields.contactPhone')}
            description={t('organisations.fields.contactPhoneHint')}
            required
            type="tel"
            autoComplete="tel"
            styles={{ wrapper: { maxWidth: 260 } }}
            error={errorOf('contactPhone')}
            {...register('contactPhone')}
          />
          <Textarea
            label={t('organisations.fields.description')}
            description={t('organisations.fields.descriptionHint', { count: DESCRIPTION_MAX - [...description].length })}
            autosize
            minRows={4}
            maxLength={DESCRIPTION_MAX}
            error={errorOf('description')}
            {...register('description')}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
