import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemoteSelect } from '../../components/remote-select';
import { searchOrganisations, useMembers } from '../organisations/organisations.api';

export interface OnBehalfChoice {
  organisationId: string | null;
  contactUserId: string | null;
}

/** A coordinator books for someone: the organisation (searched by name or number), then one of its members. */
export function OnBehalfFields({ value, onChange }: { value: OnBehalfChoice; onChange: (next: OnBehalfChoice) => void }) {
  const { t } = useTranslation();
  const members = useMembers(value.organisationId ?? '', value.organisationId !== null);
  return (
    <>
      <RemoteSelect
        label={t('consultations.onBehalf.organisation')}
        description={t('consultations.onBehalf.organisationHint')}
        required
        value={value.organisationId}
        onChange={(organisationId) => onChange({ organisationId, contactUserId: null })}
        search={async (text, signal) => {
          const page = await searchOrganisations(text, signal);
          return {
            options: page.items.map((item) => ({ value: item.id, label: item.registrationNumber ? `${item.legalName} (${item.registrationNumber})` : item.legalName })),
            total: page.total,
          };
        }}
        queryKey={['organisations', 'search']}
        moreText={(count) => t('consultations.onBehalf.more', { count })}
        nothingFound={t('consultations.onBehalf.noOrganisation')}
      />
      <Select
        label={t('consultations.onBehalf.person')}
        description={t('consultations.onBehalf.personHint')}
        required
        disabled={!value.organisationId}
        value={value.contactUserId}
        onChange={(contactUserId) => onChange({ ...value, contactUserId })}
        data={(members.data ?? []).map((member) => ({ value: member.userId, label: `${member.displayName} (${member.email})` }))}
        nothingFoundMessage={t('consultations.onBehalf.noMembers')}
      />
    </>
  );
}
