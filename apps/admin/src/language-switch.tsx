import { SegmentedControl } from '@mantine/core';
import type { Language } from '@relais/admin-i18n';
import { LANGUAGES, isLanguage, setLanguage } from '@relais/admin-i18n';
import { useTranslation } from 'react-i18next';

export interface LanguageSwitchProps {
  size?: 'xs' | 'sm';
}

const LABELS: Record<Language, string> = { fr: 'FR', en: 'EN' };

export function LanguageSwitch({ size = 'xs' }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('app.language')}
      data-testid="language-switch"
      value={isLanguage(i18n.language) ? i18n.language : 'fr'}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      data={LANGUAGES.map((language) => ({
        value: language,
        // Each language names itself, so someone who cannot read the current one still finds theirs.
        label: (
          <span data-testid={`language-${language}`} lang={language}>
            {LABELS[language]}
          </span>
        ),
      }))}
    />
  );
}
