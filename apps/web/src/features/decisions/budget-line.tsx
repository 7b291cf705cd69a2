import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatEuroCents, type TCallBudgetLine } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { intlLocaleOf } from '../../i18n/languages';

/** Envelope, allocated and remaining, with a warning when the awards pass the envelope. */
export function BudgetLine({ budget }: { budget: TCallBudgetLine }) {
  const { t, i18n } = useTranslation();
  const euro = (cents: number) => formatEuroCents(cents, intlLocaleOf(i18n.language));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="budget-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="budget-heading">
          {t('decisions.budget.title')}
        </Title>
        <Group gap="xl" component="dl" style={{ margin: 0 }}>
          {(
            [
              ['envelope', budget.envelopeCents],
              ['allocated', budget.allocatedCents],
              ['remaining', budget.remainingCents],
            ] as const
          ).map(([key, cents]) => (
            <div key={key}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`decisions.budget.${key}`)}
              </Text>
              <Text component="dd" fw={700} m={0} c={key === 'remaining' && cents < 0 ? 'red.9' : undefined} aria-live={key === 'remaining' ? 'polite' : undefined}>
                {euro(cents)}
              </Text>
            </div>
          ))}
        </Group>
        {budget.overAllocated && (
          <Notice color="red" role="status">
            {t('decisions.budget.over', { amount: euro(-budget.remainingCents) })}
          </Notice>
        )}
      </Stack>
    </Paper>
  );
}
