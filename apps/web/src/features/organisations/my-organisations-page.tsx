import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { useMyOrganisations } from './organisations.api';
import { DotBadge } from '../../components/dot-badge';

export function MyOrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.mine.title'));
  const organisations = useMyOrganisations();
  const typeLabel = useOrganisationTypeLabel();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t('organisations.mine.title')}</Title>
        <Button component={Link} to="/organisations/new">
          {t('organisations.mine.create')}
        </Button>
      </Group>
      {organisations.isPending ? (
        <PageLoader />
      ) : organisations.isError ? (
        <ProblemAlert error={organisations.error} title={t('organisations.loadFailed')} />
      ) : organisations.data.length === 0 ? (
        <Text>{t('organisations.mine.empty')}</Text>
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {organisations.data.map((organisation) => (
            <Card component="li" key={organisation.id} withBorder padding="md">
              <Stack gap={6}>
                <Anchor component={Link} to={`/organisations/${organisation.id}`} fw={700} fz="lg">
                  {organisation.legalName}
                </Anchor>
                <Text size="sm">{typeLabel(organisation.type)}</Text>
                {organisation.registrationNumber && (
                  <Text size="sm">
                    {t('organisations.fields.registrationNumber')}: {organisation.registrationNumber}
                  </Text>
                )}
                <div>
                  <DotBadge color={organisation.myRole === 'owner' ? 'blue' : 'gray'}>
                    {organisation.myRole ? t(`organisations.roles.${organisation.myRole}`) : ''}
                  </DotBadge>
                </div>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
