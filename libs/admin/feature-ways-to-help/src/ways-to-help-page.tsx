import { useQuery } from '@apollo/client';
import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import type { WayToHelpCardFragment } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { WaysToHelpDocument } from '@relais/admin-data-access';
import type { NeighbourhoodOption } from '@relais/admin-feature-neighbourhoods';
import { useNeighbourhoodChoice } from '@relais/admin-feature-neighbourhoods';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveWayToHelpModal } from './archive-way-to-help-modal';
import { mayArchive } from './may-archive';
import { NewWayToHelpModal } from './new-way-to-help-modal';
import { WayToHelpCard } from './way-to-help-card';

export const WAYS_TO_HELP_PATH = '/ways-to-help';

/** The page's choice of the whole city alone, for ADMIN. */
const CITY = 'city';

export interface WaysToHelpPageProps {
  organiserOf: readonly NeighbourhoodOption[];
  /** ADMIN: any quartier, and ways to help for the whole city. */
  everywhere: boolean;
}

/**
 * « Aider depuis chez soi »: the current ways to help for one of the viewer's quartiers, with those
 * for the whole city that its volunteers see beside them, and a form to add one.
 */
export function WaysToHelpPage({ organiserOf, everywhere }: WaysToHelpPageProps) {
  const { t } = useTranslation();
  const choice = useNeighbourhoodChoice(organiserOf, everywhere);
  const [picked, setPicked] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [archiving, setArchiving] = useState<WayToHelpCardFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // An organiser starts on their first quartier; ADMIN without one, on the whole city.
  const quartier = picked ?? organiserOf[0]?.id ?? (everywhere ? CITY : null);
  const { data, loading, error, refetch } = useQuery(WaysToHelpDocument, {
    // Without a quartier the API answers for where the viewer lives, and the city: keep the city's.
    variables: { neighbourhoodId: quartier === CITY ? null : quartier },
    skip: quartier === null,
    fetchPolicy: 'cache-and-network',
  });
  const ways = useMemo(() => {
    const all = data?.waysToHelp ?? [];
    return quartier === CITY ? all.filter((way) => way.neighbourhoods.length === 0) : all;
  }, [data, quartier]);
  const quartierData = useMemo(
    () => (everywhere ? [{ value: CITY, label: t('waysToHelp.wholeCityOnly') }, ...choice.options.map((o) => ({ value: o.id, label: o.name }))] : organiserOf.map((o) => ({ value: o.id, label: o.name }))),
    [everywhere, choice.options, organiserOf, t],
  );

  return (
    <Stack gap="md" maw={860} data-testid="ways-to-help-page">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 320px' }}>
          <Title order={2}>{t('waysToHelp.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('waysToHelp.intro')}
          </Text>
        </div>
        <Button onClick={() => setAdding(true)} disabled={quartier === null} data-testid="way-to-help-new">
          {t('waysToHelp.new')}
        </Button>
      </Group>
      {quartierData.length > 1 && (
        <Select
          label={t('waysToHelp.quartier')}
          data={quartierData}
          value={quartier}
          onChange={(value) => value && setPicked(value)}
          allowDeselect={false}
          searchable
          w={{ base: '100%', xs: 320 }}
          data-testid="ways-to-help-quartier"
        />
      )}
      {quartier === null && (
        <Alert color="orange" data-testid="ways-to-help-no-quartier">
          {t('waysToHelp.noQuartier')}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" withCloseButton onClose={() => setNotice(null)} data-testid="ways-to-help-notice">
          {notice}
        </Alert>
      )}
      {error && !data && (
        <QueryError error={error} onRetry={() => refetch()} title={t('waysToHelp.loadFailed')} testId="ways-to-help-error" />
      )}
      {loading && !data && <Loader size="sm" aria-label={t('app.loading')} />}
      {data && ways.length === 0 && (
        <Text c="dimmed" data-testid="ways-to-help-empty">
          {quartier === CITY ? t('waysToHelp.emptyCity') : t('waysToHelp.empty')}
        </Text>
      )}
      <Stack gap="sm" data-testid="ways-to-help-list">
        {ways.map((way) => (
          <WayToHelpCard key={way.id} way={way} onArchive={mayArchive(way, organiserOf, everywhere) ? () => setArchiving(way) : undefined} />
        ))}
      </Stack>
      {adding && (
        <NewWayToHelpModal
          organiserOf={organiserOf}
          everywhere={everywhere}
          initialNeighbourhoodIds={quartier && quartier !== CITY ? [quartier] : []}
          onClose={() => setAdding(false)}
          onAdded={(way) => {
            setAdding(false);
            setNotice(t('waysToHelp.added', { title: way.title }));
          }}
        />
      )}
      {archiving && (
        <ArchiveWayToHelpModal
          way={archiving}
          onClose={() => setArchiving(null)}
          onArchived={() => {
            setNotice(t('waysToHelp.archived', { title: archiving.title }));
            setArchiving(null);
          }}
        />
      )}
    </Stack>
  );
}
