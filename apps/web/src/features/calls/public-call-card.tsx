import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { formatRigaDateTime, type TPublicCallResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClosesInHint } from '../../components/closes-in-hint';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { formatAwardRange } from './call-format';

export function PublicCallCard({
  call,
  headingOrder,
  upcoming = false,
}: {
  call: TPublicCallResponse;
  headingOrder: 2 | 3 | 4;
  /** Published but not open yet: the opening instant comes first. */
  upcoming?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  return (
    <Card withBorder padding="lg" component="article">
      <Stack gap="xs">
        <Title order={headingOrder} size="h3">
          <Anchor component={Link} to={`/calls/${call.id}`} inherit>
            {localized(call.title, i18n.language)}
          </Anchor>
        </Title>
        <Text size="sm">{localized(call.programmeName, i18n.language)}</Text>
        {upcoming && (
          <Text>
            {t('calls.opensAtLabel')}: <strong>{formatRigaDateTime(call.opensAt, locale)}</strong>{' '}
            {t('calls.rigaTimeNote')}
          </Text>
        )}
        <Text>
          {t('calls.deadline')}: <strong>{formatRigaDateTime(call.closesAt, locale)}</strong>{' '}
          {t('calls.rigaTimeNote')}
        </Text>
        <Text>
          {t('calls.awardRange')}:{' '}
          <strong>{formatAwardRange(call.minAwardCents, call.maxAwardCents, locale)}</strong>
        </Text>
        <ClosesInHint closesAt={call.closesAt} opensAt={call.opensAt} />
      </Stack>
    </Card>
  );
}
