import { useMutation } from '@apollo/client';
import { Alert, Stack, Switch } from '@mantine/core';
import { UpdateRankingConsentDocument, errorMessage } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';

export interface RankingConsentSwitchProps {
  consent: boolean;
  disabled?: boolean;
}

/** Give or withdraw consent to be ranked; the quartier is recomputed with it a minute or two later. */
export function RankingConsentSwitch({ consent, disabled }: RankingConsentSwitchProps) {
  const { t } = useTranslation();
  // The person comes back with the new consent; the standing is asked again for what it changes.
  const [update, { loading, error }] = useMutation(UpdateRankingConsentDocument, { refetchQueries: ['MyLeaderStanding'] });
  return (
    <Stack gap="xs">
      <Switch
        label={t('standing.consent')}
        description={t('standing.consentHint')}
        checked={consent}
        disabled={disabled || loading}
        onChange={(event) => void update({ variables: { consent: event.currentTarget.checked } }).catch(() => undefined)}
        data-testid="ranking-consent"
      />
      {error && (
        <Alert color="red" title={t('standing.consentFailed')} data-testid="ranking-consent-error">
          {errorMessage(error)}
        </Alert>
      )}
    </Stack>
  );
}
