import { Badge, Button, Group, Stack, Table, Text, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PeopleQuery } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_COLOURS } from './roles';

export type PersonRow = PeopleQuery['people']['items'][number];

export interface PeopleTableProps {
  people: readonly PersonRow[];
  /** Given only to viewers who may grant the organiser role. */
  onGrantOrganiser?: (person: PersonRow) => void;
  /** Given only to viewers who may erase people (ADMIN). */
  onErase?: (person: PersonRow) => void;
  /** The viewer, who deletes their own account from « Mes données » instead. */
  viewerId?: string;
  /** Where a person's digest preview is, for viewers who may see it. */
  digestPreviewPath?: (personId: string) => string;
}

export function PeopleTable({ people, onGrantOrganiser, onErase, viewerId, digestPreviewPath }: PeopleTableProps) {
  const { t } = useTranslation();
  const none = t('people.none');
  // On a phone the table scrolls sideways: the actions sit under the name, where it starts.
  const wide = useMediaQuery(`(min-width: ${em(768)})`, true, { getInitialValueInEffect: false });
  const hasActions = Boolean(onGrantOrganiser ?? onErase ?? digestPreviewPath);
  const actions = (person: PersonRow) => (
    <Group gap={6} wrap="nowrap">
      {digestPreviewPath && (
        <Button
          component={Link}
          to={digestPreviewPath(person.id)}
          state={{ displayName: person.displayName }}
          size="compact-sm"
          variant="subtle"
          data-testid="preview-digest"
        >
          {t('digestPreview.action')}
        </Button>
      )}
      {onGrantOrganiser && (
        <Button size="compact-sm" variant="light" onClick={() => onGrantOrganiser(person)} data-testid="grant-organiser">
          {t('people.grantOrganiser')}
        </Button>
      )}
      {onErase && person.id !== viewerId && (
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => onErase(person)} data-testid="erase-person">
          {t('erasePerson.action')}
        </Button>
      )}
    </Group>
  );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.name')}</Table.Th>
            <Table.Th>{t('people.email')}</Table.Th>
            <Table.Th>{t('people.roles')}</Table.Th>
            <Table.Th>{t('people.neighbourhood')}</Table.Th>
            {hasActions && wide && <Table.Th>{t('people.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id} data-testid="people-row" data-person-id={person.id}>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text fw={500} size="sm" data-testid="people-row-name">
                    {person.displayName}
                  </Text>
                  {hasActions && !wide && actions(person)}
                </Stack>
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
              {hasActions && wide && <Table.Td>{actions(person)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
