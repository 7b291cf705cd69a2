import { z } from 'zod';
import { ZMunicipality } from './reference-data';

import { RESOURCE_CENTRE_PAGE_SIZE_MAX } from './resource-centre-constants';

/** Community resource centres (kopienu resursu centri): public directory, edited by coordinators. */

export {
  RESOURCE_CENTRE_PAGE_SIZE_MAX,
  RESOURCE_CENTRE_PHOTO_FIELD,
  RESOURCE_CENTRE_PHOTO_MAX_BYTES,
  RESOURCE_CENTRE_PHOTO_WIDTH,
} from './resource-centre-constants';

export const ZResourceCentreListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(RESOURCE_CENTRE_PAGE_SIZE_MAX).default(20),
  municipality: z.string().trim().min(1).max(60).regex(/^[a-z0-9-]+$/).optional(),
  /** Part of the centre's name (Latvian or English), case-insensitive: the pickers search with it. */
  q: z.string().trim().max(100).optional(),
});
export type TResourceCentreListQuery = z.infer<typeof ZResourceCentreListQuery>;

const ZBilingualOptional = z.object({ lv: z.string().nullable(), en: z.string().nullable() });

export const ZResourceCentreSummary = z.object({
  id: z.string(),
  name: ZBilingualOptional,
  municipality: ZMunicipality,
  address: z.string(),
  activities: ZBilingualOptional,
  /** Path of the resized photo, null without one. */
  photoUrl: z.string().nullable(),
});
export type TResourceCentreSummary = z.infer<typeof ZResourceCentreSummary>;

/** A page of a list with the total that matched (lists are paged in SQL). */
export function pagedList<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const ZResourceCentreListResponse = pagedList(ZResourceCentreSummary);
export type TResourceCentreListResponse = z.infer<typeof ZResourceCentreListResponse>;

export const ZResourceCentre = ZResourceCentreSummary.extend({
  description: ZBilingualOptional,
  openingHours: ZBilingualOptional,
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  version: z.number().int(),
});
export type TResourceCentre = z.infer<typeof ZResourceCentre>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const ZUpdateResourceCentreRequest = z.object({
  nameLv: z.string().trim().min(3).max(150),
  nameEn: optionalText(150),
  address: z.string().trim().min(3).max(300),
  activitiesLv: z.string().trim().min(1).max(2000),
  activitiesEn: optionalText(2000),
  descriptionLv: optionalText(4000),
  descriptionEn: optionalText(4000),
  openingHoursLv: optionalText(500),
  openingHoursEn: optionalText(500),
  contactEmail: z.union([z.email().max(254), z.literal('').transform(() => null)]).nullable(),
  contactPhone: z
    .union([z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/), z.literal('').transform(() => null)])
    .nullable(),
  version: z.number().int().min(1).max(2_147_483_647),
});
export type TUpdateResourceCentreRequest = z.input<typeof ZUpdateResourceCentreRequest>;
