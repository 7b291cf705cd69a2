import type { BackendModule, ReadCallback } from 'i18next';

type Tree = { [key: string]: string | Tree };
type Load = () => Promise<Tree>;

/** The namespace of `lv.json`/`en.json`; see text-areas.ts for how texts are split and loaded. */
export const BASE_NAMESPACE = 'translation';

// Each file becomes its own chunk, fetched when i18next asks for it.
const baseFiles: Record<string, Load> = {
  lv: () => import('./lv.json').then((module) => module.default as Tree),
  en: () => import('./en.json').then((module) => module.default as Tree),
};
const areaFiles: Record<string, Record<string, Load>> = {
  lv: import.meta.glob<Tree>('./lv/*.json', { import: 'default' }),
  en: import.meta.glob<Tree>('./en/*.json', { import: 'default' }),
};

/** Every text area (the file names in `lv/`); every language has the same (a unit test checks). */
export const TEXT_AREAS: readonly string[] = Object.keys(areaFiles.lv)
  .map((path) => path.slice('./lv/'.length, -'.json'.length))
  .sort();

/** An i18next backend reading the bundled files above (what i18next-resources-to-backend does). */
export const textsBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = namespace === BASE_NAMESPACE ? baseFiles[language] : areaFiles[language]?.[`./${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No texts "${namespace}" in language "${language}"`), false);
      return;
    }
    load().then(
      (tree) => callback(null, tree),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
