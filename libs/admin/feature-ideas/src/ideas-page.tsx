import { useQuery } from '@apollo/client';
import { Button, Group, Loader, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useSession } from '@relais/admin-feature-auth';
import { IdeasDocument, MyIdeasDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { IdeaCard } from './idea-card';
import { ideaPath } from './idea-path';
import { ProposeIdeaModal } from './propose-idea-modal';
import { WHOLE_CITY } from './quartier-filter';
import { useQuartierData } from './use-quartiers';

type BoardView = 'TOP' | 'NEW' | 'MINE';
const VIEWS: readonly BoardView[] = ['TOP', 'NEW', 'MINE'];

/** The board shows a page of ideas; « Mes idées » looks among the newest the API returns at most. */
const PAGE = 30;
const MINE_PAGE = 100;

/**
 * « Le quartier d'après »: the ideas of the whole city or of one quartier, the most backed or the
 * newest, or the person's own. The view and the quartier live in the address, so « back » from an
 * idea's page returns to the same board.
 */
export function IdeasPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [proposing, setProposing] = useState(false);
  const view: BoardView = VIEWS.find((v) => v === params.get('vue')) ?? 'TOP';
  const quartier = params.get('quartier') ?? WHOLE_CITY;
  const homeId = viewer?.neighbourhood?.id ?? null;
  const quartiers = useQuartierData(homeId);

  const board = useQuery(IdeasDocument, {
    variables: { order: view === 'TOP' ? 'TOP' : 'NEW', neighbourhoodId: quartier === WHOLE_CITY ? null : quartier, first: PAGE },
    fetchPolicy: 'cache-and-network',
    skip: view === 'MINE',
  });
  const mine = useQuery(MyIdeasDocument, { variables: { first: MINE_PAGE }, fetchPolicy: 'cache-and-network', skip: view !== 'MINE' });
  const { data, loading, error, refetch } = view === 'MINE' ? { ...mine, data: mine.data && { ideas: mine.data.myIdeas } } : board;
  const ideas = data?.ideas ?? [];

  const setParam = (name: string, value: string, fallback: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === fallback) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" maw={860} data-testid="ideas-page">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2}>{t('ideas.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('ideas.intro')}
          </Text>
        </div>
        <Button color="teal" onClick={() => setProposing(true)} data-testid="idea-propose">
          {t('ideas.propose')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('ideas.order.label')}
          value={view}
          onChange={(value) => setParam('vue', value, 'TOP')}
          data={VIEWS.map((v) => ({ value: v, label: t(`ideas.order.${v}`) }))}
          fullWidth
          w={{ base: '100%', xs: 'auto' }}
          data-testid="ideas-order"
        />
        <Select
          aria-label={t('ideas.quartier.label')}
          data={quartiers}
          value={quartier}
          onChange={(value) => setParam('quartier', value ?? WHOLE_CITY, WHOLE_CITY)}
          allowDeselect={false}
          searchable
          w={{ base: '100%', xs: 260 }}
          data-testid="ideas-quartier"
        />
      </Group>
      {view === 'TOP' && (
        <Text size="sm" c="dimmed" fs="italic" data-testid="ideas-weighting">
          {t('ideas.weighting')}
        </Text>
      )}
      {view === 'MINE' && (
        <Text size="sm" c="dimmed">
          {t('ideas.mineHint')}
        </Text>
      )}
      {error && !data && (
        <QueryError error={error} onRetry={() => refetch()} title={t('ideas.loadFailed')} testId="ideas-error" />
      )}
      {loading && !data && <Loader size="sm" aria-label={t('app.loading')} />}
      {data && ideas.length === 0 && (
        <Text c="dimmed" data-testid="ideas-empty">
          {view === 'MINE' ? t('ideas.emptyMine') : t('ideas.empty')}
        </Text>
      )}
      <Stack gap="sm" data-testid="ideas-list">
        {ideas.map((idea) => (
          <IdeaCard key={idea.id} idea={idea} />
        ))}
      </Stack>
      {proposing && (
        <ProposeIdeaModal
          homeId={homeId}
          onClose={() => setProposing(false)}
          onPosted={(idea) => {
            setProposing(false);
            void navigate(ideaPath(idea));
          }}
        />
      )}
    </Stack>
  );
}
