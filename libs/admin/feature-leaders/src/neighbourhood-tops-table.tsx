import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { RowColumn } from '@relais/admin-ui';
import { ResponsiveRows } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AmbassadorBadge } from './ambassador-badge';
import { leaderPersonPath, neighbourhoodLeadersPath } from './leader-paths';
import type { NeighbourhoodLeaders } from './overview-groups';

export interface NeighbourhoodTopsTableProps {
  rows: readonly NeighbourhoodLeaders[];
}

/** Each quartier's top three side by side (a card each on a phone), with how many could be ranked there. */
export function NeighbourhoodTopsTable({ rows }: NeighbourhoodTopsTableProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const columns: RowColumn<NeighbourhoodLeaders>[] = [
    {
      key: 'neighbourhood',
      header: t('leaders.neighbourhood'),
      card: 'heading',
      cell: ({ neighbourhood }) => (
        <>
          <Anchor component={Link} to={neighbourhoodLeadersPath(neighbourhood.id)} fw={600} size="sm" data-testid="overview-neighbourhood">
            {neighbourhood.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {neighbourhood.city}
          </Text>
        </>
      ),
    },
    {
      key: 'top',
      header: t('leaders.top'),
      cell: ({ neighbourhood, top }) =>
        top.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('leaders.notComputed')}
          </Text>
        ) : (
          <Stack gap={2}>
            {top.map((leader) => (
              <Group key={leader.person.id} gap={6} data-testid="overview-leader">
                <Text size="sm" fw={600} w={20}>
                  {leader.rank}.
                </Text>
                <Anchor component={Link} to={leaderPersonPath(neighbourhood.id, leader.person.id)} size="sm">
                  {leader.person.displayName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {format.score(leader.score)}
                </Text>
                {leader.person.isAmbassador && <AmbassadorBadge />}
              </Group>
            ))}
          </Stack>
        ),
    },
    { key: 'volunteers', header: t('leaders.volunteers'), align: 'right', cell: (row) => row.volunteers },
    { key: 'consenting', header: t('leaders.consenting'), align: 'right', cell: (row) => row.consenting },
    { key: 'ambassadors', header: t('leaders.ambassadors'), align: 'right', cell: (row) => row.ambassadors },
  ];
  return (
    <ResponsiveRows
      rows={rows}
      columns={columns}
      rowKey={(row) => row.neighbourhood.id}
      rowAttributes={(row) => ({ 'data-testid': 'overview-row', 'data-neighbourhood-id': row.neighbourhood.id })}
      label={t('accessible.quartierTops')}
      testId="leaders-overview-table"
      minWidth={720}
    />
  );
}
