import { z } from 'zod';

export const ORGANISATION_TYPES = [
  'association',
  'foundation',
  'school',
  'municipal_institution',
  'informal_group',
] as const;
export const ZOrganisationType = z.enum(ORGANISATION_TYPES);
export type TOrganisationType = z.infer<typeof ZOrganisationType>;

export const ZMunicipality = z.object({
  code: z.string(),
  nameLv: z.string(),
  nameEn: z.string(),
  partner: z.boolean(),
});
export type TMunicipality = z.infer<typeof ZMunicipality>;

export const ZMunicipalityListResponse = z.object({ items: z.array(ZMunicipality) });
export type TMunicipalityListResponse = z.infer<typeof ZMunicipalityListResponse>;

export const ZProgramme = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.object({ lv: z.string(), en: z.string() }),
});
export type TProgramme = z.infer<typeof ZProgramme>;
export const ZProgrammeListResponse = z.object({ items: z.array(ZProgramme) });
export type TProgrammeListResponse = z.infer<typeof ZProgrammeListResponse>;
