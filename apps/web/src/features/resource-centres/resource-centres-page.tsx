import { Anchor, Card, Group, Image, Pagination, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { PlainSelect } from '../../components/plain-select';
import { usePageTitle } from '../../lib/use-page-title';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { municipalityName } from '../reference-data/reference-labels';
import { bilingual } from './bilingual';
import { CENTRE_PAGE_SIZE, useResourceCentres } from './resource-centres.api';

/** The public directory of community resource centres, filtered by municipality (in the address, so it can be shared). */
export function ResourceCentresPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('resourceCentres.title'));
  const [params, setParams] = useSearchParams();
  const municipality = params.get('municipality');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const municipalities = useMunicipalities();
  const centres = useResourceCentres(municipality, page);

  const choose = (next: { municipality?: string | null; page?: number }) => {
    const updated = new URLSearchParams(params);
    if (next.municipality !== undefined) {
      if (next.municipality) updated.set('municipality', next.municipality);
      else updated.delete('municipality');
      updated.delete('page');
    }
    if (next.page !== undefined) updated.set('page', String(next.page));
    setParams(updated);
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('resourceCentres.title')}</Title>
      <Text>{t('resourceCentres.intro')}</Text>
      {/* A native select: the directory's first visit stays light (no combobox library). */}
      <PlainSelect
        label={t('resourceCentres.filter.municipality')}
        data={[
          { value: '', label: t('resourceCentres.filter.all') },
          ...(municipalities.data ?? []).map((item) => ({ value: item.code, label: municipalityName(item, i18n.language) })),
        ]}
        value={municipality ?? ''}
        onChange={(event) => choose({ municipality: event.currentTarget.value || null })}
        maw={360}
      />
      {centres.isPending && <PageLoader />}
      {centres.isError && <ProblemAlert error={centres.error} />}
      {centres.data && (
        <>
          <Text role="status">{t('resourceCentres.count', { count: centres.data.total })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {centres.data.items.map((centre) => (
              <Card key={centre.id} withBorder padding="md" component="article">
                {centre.photoUrl && <Image src={centre.photoUrl} alt="" h={160} fit="cover" mb="sm" />}
                <Title order={2} size="h3">
                  <Anchor component={Link} to={`/resource-centres/${centre.id}`}>
                    {bilingual(centre.name, i18n.language)}
                  </Anchor>
                </Title>
                <Text size="sm">
                  {municipalityName(centre.municipality, i18n.language)} · {centre.address}
                </Text>
                <Text size="sm" mt="xs">
                  {bilingual(centre.activities, i18n.language)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          {centres.data.total > CENTRE_PAGE_SIZE && (
            <Group>
              <Pagination
                total={Math.ceil(centres.data.total / CENTRE_PAGE_SIZE)}
                value={page}
                onChange={(next) => choose({ page: next })}
                getControlProps={(control) => ({ 'aria-label': t(`resourceCentres.pagination.${control}`) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
