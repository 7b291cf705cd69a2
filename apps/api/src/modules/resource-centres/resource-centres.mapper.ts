import type { TResourceCentre, TResourceCentreSummary } from '@kopa/shared';
import type { CentreRow } from './resource-centres.repository';

export function photoUrl(row: CentreRow): string | null {
  // The time in the URL changes with the photo, so the long browser cache never shows an old one.
  return row.photoKey && row.photoUpdatedAt ? `/api/public/resource-centres/${row.id}/photo?v=${row.photoUpdatedAt.getTime()}` : null;
}

export function toCentreSummary(row: CentreRow): TResourceCentreSummary {
  return {
    id: row.id,
    name: { lv: row.nameLv, en: row.nameEn },
    municipality: row.municipality,
    address: row.address,
    activities: { lv: row.activitiesLv, en: row.activitiesEn },
    photoUrl: photoUrl(row),
  };
}

export function toCentre(row: CentreRow): TResourceCentre {
  return {
    ...toCentreSummary(row),
    description: { lv: row.descriptionLv, en: row.descriptionEn },
    openingHours: { lv: row.openingHoursLv, en: row.openingHoursEn },
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    version: row.version,
  };
}
