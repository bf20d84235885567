import { useLazyQuery, useQuery } from '@apollo/client';
import { Button, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { GeocodeDocument, MapSettingsDocument, errorReason } from '@relais/admin-data-access';
import type { LatLng } from '@relais/domain-geo';
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface AddressSearchProps {
  onPick: (location: LatLng) => void;
}

const MIN_TEXT = 3;

type Notice = 'off' | 'unavailable' | 'tooMany' | 'empty' | null;

/**
 * An address typed, then picked among the city's matches: the API asks the address service, so
 * the person's address goes nowhere else. When the service is off or down, it says so and the
 * map's click still places the dot.
 */
export function AddressSearch({ onPick }: AddressSearchProps) {
  const { t } = useTranslation();
  const settings = useQuery(MapSettingsDocument, { fetchPolicy: 'cache-first' });
  const [search, result] = useLazyQuery(GeocodeDocument, { fetchPolicy: 'no-cache' });
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const off = settings.data?.mapSettings.addressSearch === false;
  const matches = result.data?.geocode.status === 'OK' ? result.data.geocode.matches : [];

  const run = async () => {
    const query = text.trim();
    if (query.length < MIN_TEXT) return;
    setChosen(null);
    const answer = await search({ variables: { text: query } });
    if (answer.error) {
      setNotice(errorReason(answer.error) === 'TOO_MANY_ATTEMPTS' ? 'tooMany' : 'unavailable');
      return;
    }
    const status = answer.data?.geocode.status;
    if (status === 'OFF') setNotice('off');
    else if (status !== 'OK') setNotice('unavailable');
    else setNotice(answer.data?.geocode.matches.length ? null : 'empty');
  };
  // The search sits inside the person's form: Enter searches rather than sending that form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void run();
  };

  if (off) {
    return (
      <Text size="xs" c="dimmed" data-testid="address-search-off">
        {t('addressSearch.off')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="address-search">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('addressSearch.label')}
          placeholder={t('addressSearch.placeholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          maxLength={200}
          autoComplete="street-address"
          style={{ flex: 1 }}
          data-testid="address-search-input"
        />
        <Button variant="light" onClick={() => void run()} loading={result.loading} disabled={text.trim().length < MIN_TEXT} data-testid="address-search-submit">
          {t('addressSearch.submit')}
        </Button>
      </Group>
      <div aria-live="polite">
        {notice && (
          <Text size="xs" c={notice === 'empty' ? 'dimmed' : 'orange.8'} data-testid="address-search-notice" data-notice={notice}>
            {t(`addressSearch.${notice}`)}
          </Text>
        )}
        {chosen && (
          <Text size="xs" c="dimmed" data-testid="address-search-chosen">
            {t('addressSearch.chosen', { label: chosen })}
          </Text>
        )}
      </div>
      {matches.length > 0 && !chosen && (
        <Stack gap={2} role="list" aria-label={t('addressSearch.results')}>
          {matches.map((match) => (
            <UnstyledButton
              key={`${match.label}-${match.location.lat}-${match.location.lng}`}
              role="listitem"
              onClick={() => {
                setChosen(match.label);
                onPick(match.location);
              }}
              p={6}
              style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-3)' }}
              data-testid="address-search-match"
            >
              <Text size="sm">{match.label}</Text>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
