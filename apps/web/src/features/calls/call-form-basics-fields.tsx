import { Fieldset, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import type { TProgramme } from '@kopa/shared';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../components/use-field-error';
import { localized } from '../../i18n/languages';
import type { CallFormValues } from './call-form.schema';

interface Props {
  programmes: TProgramme[];
  /** The programme of an existing call cannot change (the update request has none). */
  programmeLocked: boolean;
}

export function CallFormBasicsFields({ programmes, programmeLocked }: Props) {
  const { t, i18n } = useTranslation();
  const { register, formState, getValues } = useFormContext<CallFormValues>();
  const errorOf = useFieldError(formState.errors);
  const lockedProgramme = programmeLocked
    ? programmeName(programmes, getValues('programmeId'), i18n.language)
    : undefined;

  const programmeOptions = [
    { value: '', label: t('callForm.programmePlaceholder'), disabled: true },
    ...programmes.map((programme) => ({
      value: programme.id,
      label: localized(programme.name, i18n.language),
    })),
  ];

  return (
    <Fieldset legend={t('callForm.sections.basics')}>
      <Stack gap="md">
        <TextInput
          label={t('calls.fields.code')}
          description={t('callForm.codeHint')}
          required
          autoComplete="off"
          styles={{ wrapper: { maxWidth: 240 } }}
          error={errorOf('code')}
          {...register('code')}
        />
        {lockedProgramme !== undefined ? (
          <TextInput
            label={t('calls.fields.programme')}
            value={lockedProgramme}
            readOnly
            variant="filled"
          />
        ) : (
          <NativeSelect
            label={t('calls.fields.programme')}
            required
            data={programmeOptions}
            error={errorOf('programmeId')}
            {...register('programmeId')}
          />
        )}
        <TextInput
          label={t('calls.fields.titleLv')}
          required
          lang="lv"
          error={errorOf('title.lv')}
          {...register('title.lv')}
        />
        <TextInput
          label={t('calls.fields.titleEn')}
          required
          lang="en"
          error={errorOf('title.en')}
          {...register('title.en')}
        />
        <Textarea
          label={t('calls.fields.descriptionLv')}
          description={t('callForm.descriptionHint')}
          required
          lang="lv"
          autosize
          minRows={5}
          error={errorOf('description.lv')}
          {...register('description.lv')}
        />
        <Textarea
          label={t('calls.fields.descriptionEn')}
          description={t('callForm.descriptionHint')}
          required
          lang="en"
          autosize
          minRows={5}
          error={errorOf('description.en')}
          {...register('description.en')}
        />
        <TextInput
          label={t('calls.fields.contactEmail')}
          description={t('callForm.contactHint')}
          type="email"
          autoComplete="off"
          maxLength={254}
          styles={{ wrapper: { maxWidth: 360 } }}
          error={errorOf('contactEmail')}
          {...register('contactEmail')}
        />
        <TextInput
          label={t('calls.fields.contactPhone')}
          type="tel"
          autoComplete="off"
          maxLength={30}
          styles={{ wrapper: { maxWidth: 240 } }}
          error={errorOf('contactPhone')}
          {...register('contactPhone')}
        />
      </Stack>
    </Fieldset>
  );
}

function programmeName(programmes: TProgramme[], id: string, language: string): string {
  const programme = programmes.find((item) => item.id === id);
  return programme ? localized(programme.name, language) : id;
}
