/**
 * The directory's bounds, without zod: the public centre page (with the coordinators' editor)
 * imports these, and importing them from resource-centres.ts would download zod with it.
 */
export const RESOURCE_CENTRE_PAGE_SIZE_MAX = 50;
/** Largest photo accepted for upload; it is stored resized (RESOURCE_CENTRE_PHOTO_WIDTH wide, JPEG). */
export const RESOURCE_CENTRE_PHOTO_MAX_BYTES = 8 * 1024 * 1024;
export const RESOURCE_CENTRE_PHOTO_WIDTH = 1200;
export const RESOURCE_CENTRE_PHOTO_FIELD = 'photo';
