import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { PeopleQuery } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { ROLE_COLOURS } from './roles';

export type PersonRow = PeopleQuery['people']['items'][number];

export interface PeopleTableProps {
  people: readonly PersonRow[];
  /** Given only to viewers who may grant the organiser role. */
  onGrantOrganiser?: (person: PersonRow) => void;
}

export function PeopleTable({ people, onGrantOrganiser }: PeopleTableProps) {
  const { t } = useTranslation();
  const none = t('people.none');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.name')}</Table.Th>
            <Table.Th>{t('people.email')}</Table.Th>
            <Table.Th>{t('people.roles')}</Table.Th>
            <Table.Th>{t('people.neighbourhood')}</Table.Th>
            {onGrantOrganiser && <Table.Th>{t('people.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id} data-testid="people-row" data-person-id={person.id}>
              <Table.Td data-testid="people-row-name">
                <Text fw={500} size="sm">
                  {person.displayName}
                </Text>
              </Table.Td>
              <Table.Td data-testid="people-row-email">{person.email ?? none}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {person.roles.map((role) => (
                    <Badge key={role} color={ROLE_COLOURS[role]} variant="light" data-testid="people-row-role" data-role={role}>
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td data-testid="people-row-neighbourhood">{person.neighbourhood?.name ?? none}</Table.Td>
              {onGrantOrganiser && (
                <Table.Td>
                  <Button size="compact-sm" variant="light" onClick={() => onGrantOrganiser(person)} data-testid="grant-organiser">
                    {t('people.grantOrganiser')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
