import type { TMunicipality, TOrganisationType } from '@kopa/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiLocaleOf } from '../../i18n/languages';
import { useMunicipalities } from './reference-data.api';

export function useOrganisationTypeLabel() {
  const { t } = useTranslation();
  return useCallback((type: TOrganisationType) => t(`organisationType.${type}`), [t]);
}

export function municipalityName(municipality: TMunicipality, language: string): string {
  return apiLocaleOf(language) === 'en' ? municipality.nameEn : municipality.nameLv;
}

/** Municipality codes → names in the current language, sorted the Latvian way. */
export function useMunicipalityNames(codes: readonly string[]) {
  const { i18n } = useTranslation();
  const municipalities = useMunicipalities();
  const byCode = new Map((municipalities.data ?? []).map((item) => [item.code, item]));
  const names = codes
    .map((code) => {
      const municipality = byCode.get(code);
      return municipality ? municipalityName(municipality, i18n.language) : code;
    })
    .sort(new Intl.Collator(i18n.language).compare);
  return { names, isPending: municipalities.isPending };
}
