import { Stack, Text } from '@mantine/core';
import { formatEuroCents, type TRankedApplication } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../../i18n/languages';

const COLORS = { award: '#1e6b30', waitlist: '#a63c06', reject: 'dark.6' } as const;

/** The current decision of a ranked application, and whether its letter went out. */
export function DecisionCell({ decision }: { decision: TRankedApplication['decision'] }) {
  const { t, i18n } = useTranslation();
  if (!decision) return <Text size="sm">—</Text>;
  const amount = decision.amountCents === null ? '' : formatEuroCents(decision.amountCents, intlLocaleOf(i18n.language));
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700} c={COLORS[decision.kind]}>
        {t(`decisions.kindDone.${decision.kind}`, { amount })}
      </Text>
      {decision.letterSent && <Text size="xs">{t('decisions.table.letterSent')}</Text>}
    </Stack>
  );
}
