import { NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '../../i18n/languages';
import { useChangeLanguage } from '../language/use-change-language';
import { AccountSection } from './account-section';

export function LanguageSection() {
  const { t } = useTranslation();
  const { changeLanguage, language } = useChangeLanguage();
  return (
    <AccountSection id="language" title={t('account.language.title')}>
      <Text size="sm">{t('account.language.hint')}</Text>
      <NativeSelect
        label={t('account.language.label')}
        maw={260}
        value={language}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isUiLanguage(value)) changeLanguage(value);
        }}
        data={UI_LANGUAGES.map((option) => ({ value: option.code, label: option.nativeName }))}
      />
    </AccountSection>
  );
}
