import { Alert, Select, Stack, Text, Title } from '@mantine/core';
import { LocationField } from '@relais/admin-feature-help-requests';
import type { LatLng } from '@relais/domain-geo';
import { useTranslation } from 'react-i18next';
import type { HomeQuartier } from './use-home-quartier';

export interface HomeFieldProps {
  quartierId: string | null;
  onQuartierChange: (id: string | null) => void;
  home: HomeQuartier;
  value: LatLng | null;
  onChange: (value: LatLng | null) => void;
  /** Said under the quartier's list when none is chosen. */
  quartierError: string | null;
  /** Said under the map when the API refused the point. */
  locationError: string | null;
}

/**
 * The home, said why it is asked and who sees it: the quartier from a list (a whole city is too
 * small to tap on a phone), then a point on that quartier's map, which starts well inside it.
 */
export function HomeField({ quartierId, onQuartierChange, home, value, onChange, quartierError, locationError }: HomeFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="signup-home-title">
      <Title order={3} size="h5" id="signup-home-title">
        {t('signUp.home.title')}
      </Title>
      <Text size="sm" data-testid="signup-home-why">
        {t('signUp.home.why')}
      </Text>
      <Select
        id="signup-location"
        label={t('signUp.home.quartier')}
        placeholder={t('signUp.home.quartierPlaceholder')}
        nothingFoundMessage={t('signUp.home.nothingFound')}
        data={home.choices}
        value={quartierId}
        onChange={onQuartierChange}
        searchable
        required
        error={quartierError}
        data-testid="signup-quartier"
      />
      {home.outlines.length > 0 && (
        <LocationField
          outlines={home.outlines}
          homeId={quartierId}
          value={value}
          onChange={onChange}
          texts={{ label: t('signUp.home.where'), hint: t('signUp.home.whereHint'), mapLabel: t('signUp.home.mapLabel') }}
        />
      )}
      {locationError && (
        <Text size="sm" c="red" role="alert" data-testid="signup-location-error">
          {locationError}
        </Text>
      )}
      {home.failed && (
        <Alert color="orange" data-testid="signup-home-failed">
          {t('signUp.home.loadFailed')}
        </Alert>
      )}
    </Stack>
  );
}
