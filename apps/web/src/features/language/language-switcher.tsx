import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../i18n/languages';
import { useChangeLanguage } from './use-change-language';

/**
 * One button per language, named in that language ("English" reads the same on a Latvian
 * page), with aria-pressed marking the current one.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { changeLanguage, language } = useChangeLanguage();
  return (
    <Group gap={4} role="group" aria-label={t('language.switcherLabel')}>
      {UI_LANGUAGES.map((option) => {
        const current = option.code === language;
        return (
          <Button
            key={option.code}
            lang={option.code}
            size="compact-sm"
            variant={current ? 'filled' : 'default'}
            aria-pressed={current}
            onClick={() => changeLanguage(option.code)}
          >
            {option.nativeName}
          </Button>
        );
      })}
    </Group>
  );
}
