import { Badge, Stack, Text } from '@mantine/core';
import { formatEuroCents, type TRankedApplication } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../../i18n/languages';

const COLORS = { award: 'green.9', waitlist: 'yellow.9', reject: 'gray.8' } as const;

/** The current decision of a ranked application, and whether its letter went out. */
export function DecisionCell({ decision }: { decision: TRankedApplication['decision'] }) {
  const { t, i18n } = useTranslation();
  if (!decision) return <Text size="sm">—</Text>;
  const amount = decision.amountCents === null ? '' : formatEuroCents(decision.amountCents, intlLocaleOf(i18n.language));
  return (
    <Stack gap={2}>
      <Badge color={COLORS[decision.kind]} variant="light" style={{ textTransform: 'none' }}>
        {t(`decisions.kindDone.${decision.kind}`, { amount })}
      </Badge>
      {decision.letterSent && <Text size="xs">{t('decisions.table.letterSent')}</Text>}
    </Stack>
  );
}
