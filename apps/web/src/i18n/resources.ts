import en from './en.json';
import lv from './lv.json';

/** Every language file has the same keys as lv.json (a unit test checks this). */
export const resources = {
  lv: { translation: lv },
  en: { translation: en },
};
