import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AmbassadorBadge } from './ambassador-badge';
import { leaderPersonPath, neighbourhoodLeadersPath } from './leader-paths';
import type { NeighbourhoodLeaders } from './overview-groups';

export interface NeighbourhoodTopsTableProps {
  rows: readonly NeighbourhoodLeaders[];
}

/** Each quartier's top three side by side, with how many could be ranked there. */
export function NeighbourhoodTopsTable({ rows }: NeighbourhoodTopsTableProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="leaders-overview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leaders.neighbourhood')}</Table.Th>
            <Table.Th>{t('leaders.top')}</Table.Th>
            <Table.Th ta="right">{t('leaders.volunteers')}</Table.Th>
            <Table.Th ta="right">{t('leaders.consenting')}</Table.Th>
            <Table.Th ta="right">{t('leaders.ambassadors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ neighbourhood, top, volunteers, consenting, ambassadors }) => (
            <Table.Tr key={neighbourhood.id} data-testid="overview-row" data-neighbourhood-id={neighbourhood.id}>
              <Table.Td>
                <Anchor component={Link} to={neighbourhoodLeadersPath(neighbourhood.id)} fw={600} size="sm" data-testid="overview-neighbourhood">
                  {neighbourhood.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {neighbourhood.city}
                </Text>
              </Table.Td>
              <Table.Td>
                {top.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('leaders.notComputed')}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {top.map((leader) => (
                      <Group key={leader.person.id} gap={6} wrap="nowrap" data-testid="overview-leader">
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
                )}
              </Table.Td>
              <Table.Td ta="right">{volunteers}</Table.Td>
              <Table.Td ta="right">{consenting}</Table.Td>
              <Table.Td ta="right">{ambassadors}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
