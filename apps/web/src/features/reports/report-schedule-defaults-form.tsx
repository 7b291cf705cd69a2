import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { REPORT_SCHEDULE_LIMITS, ZReportScheduleSettings, type TReportScheduleSettings } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveReportScheduleSettings } from './reports.api';

/** "60, 120" → [60, 120]; null when something is not a whole number of days. */
function parseOffsets(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.some((part) => !/^\d+$/.test(part))) return null;
  return parts.map(Number);
}

/** The call's default report schedule: interim reports so many days after a project starts, the final one so many days after it ends. */
export function ReportScheduleDefaultsForm({ callId, settings }: { callId: string; settings: TReportScheduleSettings }) {
  const { t } = useTranslation();
  const save = useSaveReportScheduleSettings(callId);
  const [offsets, setOffsets] = useState(settings.interimOffsetsDays.join(', '));
  const [finalDays, setFinalDays] = useState<number | string>(settings.finalOffsetDays);
  const [invalid, setInvalid] = useState(false);

  const submit = () => {
    const parsed = ZReportScheduleSettings.safeParse({ version: settings.version, interimOffsetsDays: parseOffsets(offsets), finalOffsetDays: typeof finalDays === 'number' ? finalDays : Number.NaN });
    setInvalid(!parsed.success);
    if (parsed.success) save.mutate(parsed.data, { onSuccess: () => notifySuccess(t('reports.defaults.saved')) });
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="report-defaults-heading">
      <Title order={2} id="report-defaults-heading">
        {t('reports.defaults.title')}
      </Title>
      <Text size="sm">{t('reports.defaults.help')}</Text>
      {save.isError && <ProblemAlert error={save.error} />}
      <TextInput
        label={t('reports.defaults.interim')}
        description={t('reports.defaults.interimHelp', { max: REPORT_SCHEDULE_LIMITS.interim })}
        value={offsets}
        maxLength={200}
        onChange={(event) => setOffsets(event.currentTarget.value)}
        error={invalid && parseOffsets(offsets) === null ? t('reports.defaults.interimInvalid') : undefined}
      />
      <NumberInput
        label={t('reports.defaults.final')}
        min={0}
        max={REPORT_SCHEDULE_LIMITS.finalOffsetDays}
        allowDecimal={false}
        allowNegative={false}
        value={finalDays}
        onChange={setFinalDays}
        error={invalid && typeof finalDays !== 'number' ? t('validation.required') : undefined}
      />
      {invalid && <Text c="red.8" size="sm">{t('reports.defaults.invalid')}</Text>}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {t('reports.defaults.save')}
        </Button>
      </Group>
    </Stack>
  );
}
