import { Group, Input, NumberInput, Stack, Text } from '@mantine/core';
import { AddressSearch } from '@relais/admin-feature-maps';
import type { Outline } from '@relais/admin-feature-neighbourhoods';
import { LocationPicker, outlineAt } from '@relais/admin-feature-neighbourhoods';
import type { LatLng } from '@relais/domain-geo';
import { useTranslation } from 'react-i18next';

export interface LocationFieldProps {
  outlines: readonly Outline[];
  homeId: string | null;
  value: LatLng | null;
  onChange: (value: LatLng | null) => void;
  /** Its words when the point is not a request's (a home, say); the request form's otherwise. */
  texts?: LocationFieldTexts;
}

export interface LocationFieldTexts {
  label: string;
  hint: string;
  mapLabel: string;
}

/**
 * Where the help is needed: a click on the caller's quartier map (prefilled with its centre),
 * or two numbers when the API knows no quartier for them.
 */
export function LocationField({ outlines, homeId, value, onChange, texts }: LocationFieldProps) {
  const { t } = useTranslation();
  const { label, hint, mapLabel } = texts ?? { label: t('post.where'), hint: t('post.whereHint'), mapLabel: t('post.mapLabel') };
  if (outlines.length === 0) {
    return (
      <Stack gap={4}>
        <Input.Label>{label}</Input.Label>
        <Text size="sm" c="dimmed">
          {t('post.noHome')}
        </Text>
        <Group grow>
          <NumberInput
            label={t('post.lat')}
            decimalScale={6}
            min={-90}
            max={90}
            value={value?.lat ?? ''}
            onChange={(lat) => onChange(typeof lat === 'number' ? { lat, lng: value?.lng ?? 0 } : null)}
            data-testid="post-lat"
          />
          <NumberInput
            label={t('post.lng')}
            decimalScale={6}
            min={-180}
            max={180}
            value={value?.lng ?? ''}
            onChange={(lng) => onChange(typeof lng === 'number' ? { lat: value?.lat ?? 0, lng } : null)}
            data-testid="post-lng"
          />
        </Group>
      </Stack>
    );
  }
  const quartier = value ? outlineAt(outlines, value) : null;
  return (
    <Stack gap={4}>
      <Input.Label>{label}</Input.Label>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      <AddressSearch onPick={onChange} />
      {value && <LocationPicker outlines={outlines} highlightId={homeId} value={value} onChange={onChange} label={mapLabel} />}
      <Text size="sm" c={quartier ? undefined : 'red'} data-testid="post-location-quartier">
        {quartier ? t('post.inQuartier', { name: quartier.name }) : t('post.outsideQuartiers')}
      </Text>
    </Stack>
  );
}
