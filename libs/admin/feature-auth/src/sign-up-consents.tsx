import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { CONSENT_WORDINGS, ConsentPurpose } from '@relais/domain-people';
import { useTranslation } from 'react-i18next';
import { LeadInLink } from './auth-parts';

/** The purposes asked at sign-up; the others keep their defaults and are on the profile. */
export type SignUpConsent = 'ranking' | 'news';

const ASKED: readonly { consent: SignUpConsent; purpose: ConsentPurpose }[] = [
  { consent: 'ranking', purpose: ConsentPurpose.RANKING },
  { consent: 'news', purpose: ConsentPurpose.NEWS },
];

export interface SignUpConsentsProps {
  given: Readonly<Record<SignUpConsent, boolean>>;
  onChange: (consent: SignUpConsent, granted: boolean) => void;
  /** A volunteer also gets the weekly digest unless they stop it: they are told so. */
  volunteer: boolean;
}

/**
 * Each purpose unticked, in the very words « Mes consentements » shows (the version the API
 * records with a sign-up's consents is the one read here), and how to take it back.
 */
export function SignUpConsents({ given, onChange, volunteer }: SignUpConsentsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="signup-consents-title" data-testid="signup-consents">
      <Title order={3} size="h5" id="signup-consents-title">
        {t('signUp.consents.title')}
      </Title>
      <Text size="sm">{t('signUp.consents.intro')}</Text>
      {ASKED.map(({ consent, purpose }) => {
        const version = CONSENT_WORDINGS[purpose];
        return (
          <Checkbox
            key={consent}
            label={t(`consent.wordings.${version}.label`)}
            description={t(`consent.wordings.${version}.text`)}
            checked={given[consent]}
            onChange={(event) => onChange(consent, event.currentTarget.checked)}
            data-testid={`signup-consent-${purpose}`}
          />
        );
      })}
      <Text size="sm" c="dimmed">
        {t('signUp.consents.withdraw')}
      </Text>
      {volunteer && (
        <Text size="sm" c="dimmed" data-testid="signup-digest-note">
          {t('signUp.consents.digest')}
        </Text>
      )}
      <LeadInLink lead={t('signUp.consents.privacy')} link={t('privacy.link')} to="/confidentialite" testId="signup-privacy" />
    </Stack>
  );
}
