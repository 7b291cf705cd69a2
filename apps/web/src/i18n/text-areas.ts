/**
 * The texts are loaded on demand, per language and per area, so a visitor downloads one
 * language and only what the public pages say:
 * - `lv.json`/`en.json` (i18next namespace `translation`): every page, before the first render;
 * - `lv/<area>.json`/`en/<area>.json` (namespace `<area>`): the areas in `LAYOUT_TEXT_AREAS` with
 *   it; a public page's own areas before that page shows (`lazy` in app/router.tsx); all areas
 *   before anything signed-in shows (`loadSignedInTexts` in features/auth/auth.api.ts).
 * A text area's keys sit under its own top-level key (`admin.…` in `admin.json`); components
 * ask with `t('admin.…')` as before, i18next looks in the loaded areas after `translation`.
 * No Vite-only code here: the build's route-size report reads it too.
 */

/** Areas the frame needs for a visitor (the burger's label). */
export const LAYOUT_TEXT_AREAS = ['workspace'] as const;

/** Areas a public call page shows besides the frame's (the "apply" panel), loaded with its code. */
export const CALL_PAGE_TEXT_AREAS = ['applications'] as const;
