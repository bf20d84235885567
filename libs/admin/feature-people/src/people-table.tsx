import { Badge, Button, Group, Text } from '@mantine/core';
import type { PeopleQuery } from '@relais/admin-data-access';
import type { RowColumn } from '@relais/admin-ui';
import { ResponsiveRows } from '@relais/admin-ui';
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
  const hasActions = Boolean(onGrantOrganiser ?? onErase ?? digestPreviewPath);
  const actions = (person: PersonRow) => (
    <Group gap={6}>
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
  const columns: RowColumn<PersonRow>[] = [
    {
      key: 'name',
      header: t('people.name'),
      card: 'heading',
      cell: (person) => (
        <Text fw={500} size="sm" data-testid="people-row-name">
          {person.displayName}
        </Text>
      ),
    },
    { key: 'email', header: t('people.email'), testId: 'people-row-email', cell: (person) => person.email ?? none },
    {
      key: 'roles',
      header: t('people.roles'),
      cell: (person) => (
        <Group gap={4}>
          {person.roles.map((role) => (
            <Badge key={role} color={ROLE_COLOURS[role]} variant="light" data-testid="people-row-role" data-role={role}>
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'neighbourhood', header: t('people.neighbourhood'), testId: 'people-row-neighbourhood', cell: (person) => person.neighbourhood?.name ?? none },
  ];
  if (hasActions) columns.push({ key: 'actions', header: t('people.actions'), card: 'actions', cell: actions });
  return (
    <ResponsiveRows
      rows={people}
      columns={columns}
      rowKey={(person) => person.id}
      rowAttributes={(person) => ({ 'data-testid': 'people-row', 'data-person-id': person.id })}
      label={t('people.title')}
      testId="people-table"
      minWidth={720}
      highlightOnHover
    />
  );
}
