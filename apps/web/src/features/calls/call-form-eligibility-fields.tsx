import { Checkbox, Fieldset, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { MAX_APPLICATIONS_PER_ORGANISATION_LIMIT, ORGANISATION_TYPES, type TMunicipality } from '@kopa/shared';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import { municipalityName, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import type { CallFormValues } from './call-form.schema';

export function CallFormEligibilityFields({ municipalities }: { municipalities: TMunicipality[] }) {
  const { t, i18n } = useTranslation();
  const { control, formState } = useFormContext<CallFormValues>();
  const errorOf = useFieldError(formState.errors);
  const organisationTypeLabel = useOrganisationTypeLabel();
  const collator = new Intl.Collator(i18n.language);
  const sortedMunicipalities = [...municipalities].sort((a, b) =>
    collator.compare(municipalityName(a, i18n.language), municipalityName(b, i18n.language)),
  );

  return (
    <Fieldset legend={t('callForm.sections.eligibility')}>
      <Stack gap="lg">
        <Controller
          control={control}
          name="eligibleOrganisationTypes"
          render={({ field }) => (
            <Checkbox.Group
              label={t('calls.fields.organisationTypes')}
              required
              value={field.value}
              onChange={field.onChange}
              error={errorOf('eligibleOrganisationTypes')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {ORGANISATION_TYPES.map((type, index) => (
                  <Checkbox
                    key={type}
                    value={type}
                    label={organisationTypeLabel(type)}
                    ref={index === 0 ? field.ref : undefined}
                    onBlur={field.onBlur}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name="eligibleMunicipalityCodes"
          render={({ field }) => (
            <Checkbox.Group
              label={t('calls.fields.municipalities')}
              required
              value={field.value}
              onChange={field.onChange}
              error={errorOf('eligibleMunicipalityCodes')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {sortedMunicipalities.map((municipality, index) => (
                  <Checkbox
                    key={municipality.code}
                    value={municipality.code}
                    label={municipalityName(municipality, i18n.language)}
                    ref={index === 0 ? field.ref : undefined}
                    onBlur={field.onBlur}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name="maxApplicationsPerOrganisation"
          render={({ field }) => (
            <NumberInput
              label={t('calls.fields.maxApplicationsPerOrganisation')}
              description={t('callForm.maxApplicationsHint', { max: MAX_APPLICATIONS_PER_ORGANISATION_LIMIT })}
              required
              min={1}
              max={MAX_APPLICATIONS_PER_ORGANISATION_LIMIT}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              maw={320}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              error={errorOf('maxApplicationsPerOrganisation')}
            />
          )}
        />
      </Stack>
    </Fieldset>
  );
}
