import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { GrantOrganiserDocument, NeighbourhoodOptionsDocument, errorMessage } from '@relais/admin-data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface GrantOrganiserModalProps {
  person: { id: string; displayName: string };
  onClose: () => void;
  onGranted: () => void;
}

/** Mount it only while open: each opening then starts with an empty choice and no old error. */
export function GrantOrganiserModal({ person, onClose, onGranted }: GrantOrganiserModalProps) {
  const { t } = useTranslation();
  const [neighbourhoodIds, setNeighbourhoodIds] = useState<string[]>([]);
  const options = useQuery(NeighbourhoodOptionsDocument);
  const [grant, { loading, error }] = useMutation(GrantOrganiserDocument);

  // Grouped by city, so a quartier's name is never ambiguous once several cities are imported.
  const data = useMemo(() => {
    const byCity = new Map<string, { value: string; label: string }[]>();
    for (const n of options.data?.neighbourhoods ?? []) {
      const items = byCity.get(n.city) ?? [];
      items.push({ value: n.id, label: n.name });
      byCity.set(n.city, items);
    }
    return [...byCity.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, items]) => ({ group, items: items.sort((a, b) => a.label.localeCompare(b.label)) }));
  }, [options.data]);

  const submit = async () => {
    try {
      await grant({ variables: { personId: person.id, neighbourhoodIds } });
      onGranted();
      onClose();
    } catch {
      // Shown from the mutation's `error` below.
    }
  };
  const failure = error ?? options.error;

  return (
    <Modal opened onClose={onClose} title={t('grant.title', { name: person.displayName })} data-testid="grant-organiser-modal">
      <Stack gap="md">
        <MultiSelect
          label={t('grant.neighbourhoods')}
          placeholder={t('grant.neighbourhoodsPlaceholder')}
          nothingFoundMessage={t('grant.nothingFound')}
          data={data}
          value={neighbourhoodIds}
          onChange={setNeighbourhoodIds}
          searchable
          clearable
          disabled={options.loading}
          data-testid="grant-organiser-neighbourhoods"
          comboboxProps={{ withinPortal: true }}
        />
        {failure && (
          <Alert color="red" title={t('grant.failed')} data-testid="grant-organiser-error">
            {errorMessage(failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('grant.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={loading}
            disabled={neighbourhoodIds.length === 0}
            data-testid="grant-organiser-submit"
          >
            {t('grant.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
