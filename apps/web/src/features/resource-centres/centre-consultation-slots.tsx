import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { useCentreConsultationSlots } from './resource-centres.api';

/** Free consultation times in person at the centre; booking happens after signing in. */
export function CentreConsultationSlots({ centreId }: { centreId: string }) {
  const { t, i18n } = useTranslation();
  const slots = useCentreConsultationSlots(centreId);
  return (
    <Stack component="section" aria-labelledby="centre-consultations" gap="sm">
      <Title order={2} id="centre-consultations">
        {t('resourceCentres.page.consultations')}
      </Title>
      {slots.isPending && <PageLoader />}
      {slots.isError && <ProblemAlert error={slots.error} />}
      {slots.data && slots.data.items.length === 0 && <Text>{t('resourceCentres.page.noConsultations')}</Text>}
      {slots.data && slots.data.items.length > 0 && (
        <>
          <List>
            {slots.data.items.map((slot) => (
              <List.Item key={slot.id}>
                {formatRigaDateTime(slot.startsAt, i18n.language)} · {slot.consultant.displayName} ·{' '}
                {slot.topics.map((topic) => t(`consultations.topics.${topic}`)).join(', ')}
              </List.Item>
            ))}
          </List>
          <Anchor component={Link} to="/consultations/book">
            {t('resourceCentres.page.bookLink')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
