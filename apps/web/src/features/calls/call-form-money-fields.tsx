import { Fieldset, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import type { CallFormValues } from './call-form.schema';

type MoneyField = 'budgetEnvelopeCents' | 'minAwardCents' | 'maxAwardCents';

const MONEY_FIELDS: { name: MoneyField; labelKey: string }[] = [
  { name: 'budgetEnvelopeCents', labelKey: 'calls.fields.budgetEnvelope' },
  { name: 'minAwardCents', labelKey: 'calls.fields.minAward' },
  { name: 'maxAwardCents', labelKey: 'calls.fields.maxAward' },
];

/** Whole percents: the own contribution applicants must bring and the overspend a funded project may have per budget line. */
const PERCENT_FIELDS: { name: 'ownContributionPercent' | 'overspendTolerancePercent'; labelKey: string; hintKey: string }[] = [
  { name: 'ownContributionPercent', labelKey: 'calls.fields.ownContribution', hintKey: 'callForm.percentHint' },
  { name: 'overspendTolerancePercent', labelKey: 'calls.fields.overspendTolerance', hintKey: 'callForm.overspendToleranceHint' },
];

/** Euro amounts are typed as text ("1 500,50") and become integer cents on submit. */
export function CallFormMoneyFields() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<CallFormValues>();
  const errorOf = useFieldError(formState.errors);

  return (
    <Fieldset legend={t('callForm.sections.money')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {MONEY_FIELDS.map((field) => (
          <TextInput
            key={field.name}
            label={`${t(field.labelKey)} (EUR)`}
            description={t('callForm.moneyHint')}
            required
            inputMode="decimal"
            autoComplete="off"
            error={errorOf(field.name)}
            {...register(field.name)}
          />
        ))}
        {PERCENT_FIELDS.map((percent) => (
          <Controller
            key={percent.name}
            control={control}
            name={percent.name}
            render={({ field }) => (
              <NumberInput
                label={`${t(percent.labelKey)} (%)`}
                description={t(percent.hintKey)}
                required
                min={0}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                ref={field.ref}
                error={errorOf(percent.name)}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
