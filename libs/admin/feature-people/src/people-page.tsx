import { useQuery } from '@apollo/client';
import { Alert, Group, Loader, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Role } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { PeopleDocument } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErasePersonModal } from './erase-person-modal';
import { GrantOrganiserModal } from './grant-organiser-modal';
import type { PersonRow } from './people-table';
import { PeopleTable } from './people-table';
import { ROLES, isRole } from './roles';

export const PEOPLE_PER_PAGE = 20;
const SEARCH_DEBOUNCE_MS = 250;

export interface PeoplePageProps {
  /** Only ADMIN may grant; the API refuses anyone else anyway. */
  canGrantOrganiser: boolean;
  /** ADMIN only too: erasing someone who asked by phone or letter. */
  canErase?: boolean;
  /** The viewer is not offered to erase themselves: « Mes données » does that, with their password. */
  viewerId?: string;
  /** Where a person's digest preview is; organisers and ADMIN both have it. */
  digestPreviewPath?: (personId: string) => string;
}

export function PeoplePage({ canGrantOrganiser, canErase = false, viewerId, digestPreviewPath }: PeoplePageProps) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), SEARCH_DEBOUNCE_MS);
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  const [granting, setGranting] = useState<PersonRow | null>(null);
  const [erasing, setErasing] = useState<PersonRow | null>(null);
  const [erased, setErased] = useState(false);

  // A new search or filter starts again at page 1 (adjusted during render, not in an effect,
  // so no request goes out for a page the new results may not have).
  const filterKey = `${search}\u0000${role ?? ''}`;
  const [pageFilterKey, setPageFilterKey] = useState(filterKey);
  if (filterKey !== pageFilterKey) {
    setPageFilterKey(filterKey);
    setPage(1);
  }

  const { data, previousData, loading, error, refetch } = useQuery(PeopleDocument, {
    variables: { search: search || null, role, first: PEOPLE_PER_PAGE, offset: (page - 1) * PEOPLE_PER_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  // Keeps the last rows on screen while the next ones load, instead of flashing an empty table.
  const shown = data ?? previousData;
  const totalCount = shown?.people.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(totalCount / PEOPLE_PER_PAGE));
  const startErasing = (person: PersonRow) => {
    setErased(false);
    setErasing(person);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('people.title')}</Title>
          <Group gap="xs">
            {/* No count before the people have come: « 0 personne » would be wrong while the list failed. */}
            {shown && (
              <Text c="dimmed" data-testid="people-count">
                {t('people.count', { count: totalCount })}
              </Text>
            )}
            {loading && <Loader size="xs" aria-label={t('app.loading')} />}
          </Group>
        </div>
        <Group align="flex-end">
          <TextInput
            label={t('people.search')}
            placeholder={t('people.searchPlaceholder')}
            type="search"
            value={searchInput}
            onChange={(event) => setSearchInput(event.currentTarget.value)}
            data-testid="people-search"
            w={280}
          />
          <Select
            label={t('people.role')}
            placeholder={t('people.allRoles')}
            data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(value) => setRole(isRole(value) ? value : null)}
            clearable
            data-testid="people-role-filter"
            w={200}
          />
        </Group>
      </Group>
      {error && (
        <QueryError error={error} onRetry={() => refetch()} title={t('people.loadFailed')} testId="people-error" />
      )}
      {erased && (
        <Alert color="green" withCloseButton onClose={() => setErased(false)} data-testid="person-erased">
          {t('erasePerson.done')}
        </Alert>
      )}
      {shown && shown.people.items.length > 0 && (
        <PeopleTable
          people={shown.people.items}
          onGrantOrganiser={canGrantOrganiser ? setGranting : undefined}
          onErase={canErase ? startErasing : undefined}
          viewerId={viewerId}
          digestPreviewPath={digestPreviewPath}
        />
      )}
      {shown && shown.people.items.length === 0 && (
        <Text c="dimmed" data-testid="people-empty">
          {t('people.empty')}
        </Text>
      )}
      {pages > 1 && (
        <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="people-pagination" />
      )}
      {granting && (
        <GrantOrganiserModal person={granting} onClose={() => setGranting(null)} onGranted={() => void refetch()} />
      )}
      {erasing && (
        <ErasePersonModal
          person={erasing}
          onClose={() => setErasing(null)}
          onErased={() => {
            setErased(true);
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}
