import { Anchor, Image, Stack, Text, Title } from '@mantine/core';
import { hasPermission } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../auth/auth.api';
import { municipalityName } from '../reference-data/reference-labels';
import { bilingual } from './bilingual';
import { CENTRE_PAGE_SECTIONS } from './centre-page-sections';
import { ResourceCentreEditor } from './resource-centre-editor';
import { useResourceCentre } from './resource-centres.api';

export function ResourceCentrePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const centre = useResourceCentre(id);
  const { data: me } = useMe();
  usePageTitle(centre.data ? bilingual(centre.data.name, i18n.language) : t('resourceCentres.title'));

  if (centre.isPending) return <PageLoader />;
  if (centre.isError) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('resourceCentres.title')}</Title>
        <ProblemAlert error={centre.error} />
      </Stack>
    );
  }
  const data = centre.data;
  const lang = i18n.language;
  const rows = [
    { label: t('resourceCentres.fields.municipality'), value: municipalityName(data.municipality, lang) },
    { label: t('resourceCentres.fields.address'), value: data.address },
    { label: t('resourceCentres.fields.activities'), value: bilingual(data.activities, lang) },
    { label: t('resourceCentres.fields.openingHours'), value: bilingual(data.openingHours, lang) },
    { label: t('resourceCentres.fields.contactEmail'), value: data.contactEmail ?? '' },
    { label: t('resourceCentres.fields.contactPhone'), value: data.contactPhone ?? '' },
  ].filter((row) => row.value);

  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/resource-centres" size="sm">
        {t('resourceCentres.backToList')}
      </Anchor>
      <Title order={1}>{bilingual(data.name, lang)}</Title>
      {data.photoUrl && <Image src={data.photoUrl} alt={t('resourceCentres.photoAlt', { name: bilingual(data.name, lang) })} maw={720} radius="sm" />}
      {bilingual(data.description, lang) && <Text style={{ whiteSpace: 'pre-line' }}>{bilingual(data.description, lang)}</Text>}
      <DetailList items={rows} />
      {CENTRE_PAGE_SECTIONS.map(({ key, Component }) => (
        <Component key={key} centreId={id} />
      ))}
      {me && hasPermission(me.roles, 'resource-centres:manage') && <ResourceCentreEditor centre={data} />}
    </Stack>
  );
}
