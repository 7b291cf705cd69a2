import en from './en.json';
import lv from './lv.json';

type Tree = { [key: string]: string | Tree };

/**
 * Feature areas keep their texts in `lv/<area>.json` and `en/<area>.json` beside the
 * shared `lv.json`/`en.json`, so features grow without editing one big file. Each area
 * file is merged in under its top-level keys; two files naming the same key are a mistake
 * the unit test catches (every language has the same keys as Latvian).
 */
const areaFiles = {
  lv: import.meta.glob<Tree>('./lv/*.json', { eager: true, import: 'default' }),
  en: import.meta.glob<Tree>('./en/*.json', { eager: true, import: 'default' }),
};

function mergeAreas(base: Tree, areas: Record<string, Tree>): Tree {
  const merged: Tree = { ...base };
  for (const [file, tree] of Object.entries(areas)) {
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`${file}: top-level key "${key}" is already defined`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Every language has the same keys as Latvian (a unit test checks this). */
export const resources = {
  lv: { translation: mergeAreas(lv as Tree, areaFiles.lv) },
  en: { translation: mergeAreas(en as Tree, areaFiles.en) },
};
