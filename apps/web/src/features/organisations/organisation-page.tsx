import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { municipalityName, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { OrganisationConsultations } from '../consultations';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { OrganisationDetailsForm } from './organisation-details-form';
import { useOrganisation } from './organisations.api';
import { DotBadge } from '../../components/dot-badge';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  usePageTitle(organisation.data?.legalName ?? t('organisations.page.title'));

  if (organisation.isPending) return <PageLoader />;
  if (organisation.isError) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('organisations.page.title')}</Title>
        <ProblemAlert error={organisation.error} title={t('organisations.loadFailed')} />
      </Stack>
    );
  }
  const data = organisation.data;
  const isOwner = data.myRole === 'owner';

  return (
    <Stack gap="xl">
      {data.myRole && (
        <Anchor component={Link} to="/organisations" size="sm">
          {t('organisations.backToList')}
        </Anchor>
      )}
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1}>{data.legalName}</Title>
        {data.myRole && (
          <DotBadge color={isOwner ? 'blue' : 'gray'}>
            {t('organisations.page.yourRole', { role: t(`organisations.roles.${data.myRole}`) })}
          </DotBadge>
        )}
      </Group>
      <DetailsSection organisationId={id} />
      <MembersSection organisation={data} />
      {isOwner && <InvitationsSection organisationId={id} />}
      <OrganisationConsultations organisationId={id} headingLevel={2} />
    </Stack>
  );
}

function DetailsSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const { data: organisation } = useOrganisation(organisationId);
  const municipalities = useMunicipalities();
  const typeLabel = useOrganisationTypeLabel();
  const [editing, setEditing] = useState(false);
  if (!organisation) return null;
  const municipality = municipalities.data?.find((item) => item.code === organisation.municipalityCode);

  return (
    <Stack component="section" aria-labelledby="organisation-details" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} id="organisation-details">
          {t('organisations.details.title')}
        </Title>
        {organisation.myRole === 'owner' && !editing && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('organisations.details.edit')}
          </Button>
        )}
      </Group>
      {editing && municipalities.data ? (
        <OrganisationDetailsForm
          organisation={organisation}
          municipalities={municipalities.data}
          onDone={() => setEditing(false)}
        />
      ) : (
        <DetailList
          items={[
            { label: t('organisations.fields.type'), value: typeLabel(organisation.type) },
            {
              label: t('organisations.fields.registrationNumber'),
              value: organisation.registrationNumber ?? t('organisations.details.noNumber'),
            },
            {
              label: t('organisations.fields.municipality'),
              value: municipality ? municipalityName(municipality, i18n.language) : organisation.municipalityCode,
            },
            { label: t('organisations.fields.address'), value: organisation.address },
            {
              label: t('organisations.fields.contactEmail'),
              value: <Anchor href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</Anchor>,
            },
            { label: t('organisations.fields.contactPhone'), value: organisation.contactPhone },
            {
              label: t('organisations.fields.description'),
              value: organisation.description ? (
                <Text component="span" style={{ whiteSpace: 'pre-wrap' }}>
                  {organisation.description}
                </Text>
              ) : (
                '—'
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
