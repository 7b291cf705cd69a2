import { Anchor, List } from '@mantine/core';
import { formatEuroCents, formatRigaDateTime, type TPublicCallResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { ClosesInHint } from '../../components/closes-in-hint';
import { DetailList } from '../../components/detail-list';
import { intlLocaleOf } from '../../i18n/languages';
import { useMunicipalityNames, useOrganisationTypeLabel } from '../reference-data/reference-labels';

/** The facts an applicant checks first: who may apply, how much, until when. */
export function PublicCallDetails({ call }: { call: TPublicCallResponse }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const organisationTypeLabel = useOrganisationTypeLabel();
  const municipalities = useMunicipalityNames(call.eligibleMunicipalityCodes);
  const riga = (instant: string) => `${formatRigaDateTime(instant, locale)} ${t('calls.rigaTimeNote')}`;

  return (
    <DetailList
      items={[
        {
          label: t('calls.fields.opensAt'),
          value: riga(call.opensAt),
        },
        {
          label: t('calls.fields.closesAt'),
          value: (
            <>
              {riga(call.closesAt)}
              <ClosesInHint closesAt={call.closesAt} opensAt={call.opensAt} />
            </>
          ),
        },
        {
          label: t('calls.fields.budgetEnvelope'),
          value: formatEuroCents(call.budgetEnvelopeCents, locale),
        },
        { label: t('calls.fields.minAward'), value: formatEuroCents(call.minAwardCents, locale) },
        { label: t('calls.fields.maxAward'), value: formatEuroCents(call.maxAwardCents, locale) },
        {
          label: t('calls.fields.ownContribution'),
          value: t('calls.percent', { value: call.ownContributionPercent }),
        },
        {
          label: t('calls.fields.organisationTypes'),
          value: (
            <List size="sm">
              {call.eligibleOrganisationTypes.map((type) => (
                <List.Item key={type}>{organisationTypeLabel(type)}</List.Item>
              ))}
            </List>
          ),
        },
        ...(call.contactEmail || call.contactPhone
          ? [
              {
                label: t('calls.fields.contact'),
                value: (
                  <>
                    {call.contactEmail && <Anchor href={`mailto:${call.contactEmail}`}>{call.contactEmail}</Anchor>}
                    {call.contactEmail && call.contactPhone && ', '}
                    {call.contactPhone && <Anchor href={`tel:${call.contactPhone.replace(/[^+\d]/g, '')}`}>{call.contactPhone}</Anchor>}
                  </>
                ),
              },
            ]
          : []),
        {
          label: t('calls.fields.municipalities'),
          value: (
            <List size="sm">
              {municipalities.names.map((name) => (
                <List.Item key={name}>{name}</List.Item>
              ))}
            </List>
          ),
        },
      ]}
    />
  );
}
