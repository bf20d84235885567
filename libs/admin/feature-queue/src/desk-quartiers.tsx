import { useQuery } from '@apollo/client';
import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { DeskQuartierCountsDocument } from '@relais/admin-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { quartierCounts } from './desk-view';

export interface DeskQuartiersProps {
  options: readonly { id: string; name: string }[];
  onPick: (neighbourhoodId: string) => void;
}

/** ADMIN's city is long: the quartiers where most waits. */
const SHOWN = 12;

/** Beside the queue across quartiers: what waits in each, and the way into one (its map, its auto-assignment). */
export function DeskQuartiers({ options, onPick }: DeskQuartiersProps) {
  const { t } = useTranslation();
  const { data } = useQuery(DeskQuartierCountsDocument, { fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => quartierCounts(options, data?.neighbourhoodFigures ?? [], SHOWN), [options, data]);
  return (
    <Paper withBorder p="md" data-testid="desk-quartiers">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('desk.quartiersTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('desk.pickForMap')}
        </Text>
        {rows.map((row) => (
          <UnstyledButton key={row.id} onClick={() => onPick(row.id)} py={4} data-testid="desk-quartier" data-neighbourhood-id={row.id}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={500} c="teal.9" td="underline">
                {row.name}
              </Text>
              <Group gap={4} wrap="nowrap">
                {row.stale > 0 && (
                  <Badge color="red" variant="light" size="sm">
                    {t('desk.staleCount', { count: row.stale })}
                  </Badge>
                )}
                <Badge color={row.open > 0 ? 'orange' : 'gray'} variant="light" size="sm" data-testid="desk-quartier-open">
                  {t('desk.openCount', { count: row.open })}
                </Badge>
              </Group>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
