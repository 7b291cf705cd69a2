import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { translateAnswerMessage } from './form-renderer-logic';

/**
 * `t` for the renderer: the app's language, or a fixed one (the builder's preview can show
 * the form in the other language without switching the whole interface).
 */
export function useRendererText(language?: string) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const lang = language ?? i18n.language;
    const fixed = language ? i18n.getFixedT(language) : t;
    const translate = (key: string, params?: Record<string, unknown>) =>
      (params ? fixed(key, params) : fixed(key)) as string;
    const exists = (key: string, params?: Record<string, unknown>) => i18n.exists(key, { ...params, lng: lang });
    return {
      language: lang,
      t: translate,
      message: (key: string) => translateAnswerMessage(key, translate, exists, lang),
    };
  }, [language, i18n, t]);
}

export type RendererText = ReturnType<typeof useRendererText>;
