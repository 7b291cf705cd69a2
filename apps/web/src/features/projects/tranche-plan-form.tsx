import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { TRANCHE_CONDITIONS, centsToEuroInput, formatEuroCents, type TProjectDetail, type TTrancheCondition } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useReportNames } from '../reports';
import { useSavePlannedTranches } from './projects.api';
import { checkPlan, planRowsOf, type PlanRow } from './tranche-plan';

const MAX_ROWS = 12;

/**
 * The coordinator plans the tranches not yet under way: amount, due date and condition of
 * each, with the running total against the award. Tranches already due, paid, held or
 * cancelled stay as they are (see the table above).
 */
export function TranchePlanForm({ project }: { project: TProjectDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const save = useSavePlannedTranches(project.id);
  const [rows, setRows] = useState<PlanRow[]>(() => planRowsOf(project, i18n.language, centsToEuroInput));
  const [submitted, setSubmitted] = useState(false);
  const reports = useReportNames(project.id, project.version);
  const check = checkPlan(project, rows);
  const errorOf = (key: string) => (submitted && check.errors[key] ? t(check.errors[key]) : undefined);
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const change = (index: number, patch: Partial<PlanRow>) => setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  return (
    <form
      noValidate
      aria-labelledby="tranche-plan-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (check.body) save.mutate(check.body, { onSuccess: () => (setSubmitted(false), notifySuccess(t('projects.plan.saved'))) });
      }}
    >
      <Stack gap="sm">
        <Title order={2} id="tranche-plan-heading" size="h3">
          {t('projects.plan.title')}
        </Title>
        {save.isError && <ProblemAlert error={save.error} />}
        {rows.length === 0 && <Text size="sm">{t('projects.plan.none')}</Text>}
        {rows.map((row, index) => (
          <Group key={index} gap="sm" align="flex-start" role="group" aria-label={t('projects.plan.rowLabel', { number: index + 1 })}>
            <TextInput
              label={t('projects.plan.amount')}
              inputMode="decimal"
              maxLength={20}
              value={row.amount}
              onChange={(event) => change(index, { amount: event.currentTarget.value })}
              error={errorOf(`rows.${index}.amount`)}
              w={160}
            />
            <TextInput type="date" label={t('projects.plan.dueDate')} value={row.dueDate} onChange={(event) => change(index, { dueDate: event.currentTarget.value })} error={errorOf(`rows.${index}.dueDate`)} w={180} />
            <Select
              label={t('projects.plan.condition')}
              data={TRANCHE_CONDITIONS.map((condition) => ({ value: condition, label: t(`projects.conditions.${condition}`) }))}
              value={row.condition}
              allowDeselect={false}
              onChange={(value) => change(index, { condition: (value ?? 'none') as TTrancheCondition })}
              w={260}
            />
            {row.condition === 'report_approved' && (
              <Select
                label={t('projects.plan.report')}
                placeholder={t('projects.plan.reportPlaceholder')}
                data={reports.map((report) => ({ value: report.id, label: report.name }))}
                value={row.reportId || null}
                allowDeselect={false}
                onChange={(value) => change(index, { reportId: value ?? '' })}
                error={errorOf(`rows.${index}.reportId`)}
                w={300}
              />
            )}
            <ActionIcon
              variant="default"
              size="lg"
              mt={25}
              aria-label={t('projects.plan.remove', { number: index + 1 })}
              onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button variant="default" size="compact-sm" disabled={rows.length >= MAX_ROWS} onClick={() => setRows((current) => [...current, { amount: '', dueDate: '', condition: 'none', reportId: '' }])}>
            {t('projects.plan.add')}
          </Button>
        </div>
        <Text size="sm" role="status">
          {t('projects.plan.totals', {
            awarded: euro(project.awardedCents),
            fixed: euro(check.fixedCents),
            planned: euro(check.plannedCents),
            unallocated: euro(check.unallocatedCents),
          })}
        </Text>
        {submitted && check.errors.total && (
          <Text size="sm" c="red.8" role="alert">
            {t(check.errors.total)}
          </Text>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('projects.plan.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
