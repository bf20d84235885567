import { useQuery, useSubscription } from '@apollo/client';
import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import {
  MyVolunteerProfileDocument,
  NearbyHelpRequestClosedDocument,
  NearbyHelpRequestMatchesDocument,
  NearbyHelpRequestOpenedDocument,
} from '@relais/admin-data-access';
import { PageSkeleton, QueryError } from '@relais/admin-ui';
import { LiveBadge } from '@relais/admin-feature-help-requests';
import { HelpFromHome } from '@relais/admin-feature-ways-to-help';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FeedItem } from './feed-item';
import { feedOrder } from './feed-order';
import { PausedNotice } from './paused-notice';
import { useAcceptHelpRequest } from './use-accept-help-request';

const FEED_SIZE = 30;
/** The socket brings new requests and takes away those no longer open; this heals a missed event. */
const REFRESH_MS = 60_000;

/** "Près de chez moi": open requests that fit the volunteer, best first, new ones as they come. */
export function FeedPage() {
  const { t } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(NearbyHelpRequestMatchesDocument, {
    variables: { first: FEED_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    pollInterval: REFRESH_MS,
  });
  // Ids in the order they arrived live, newest first: they lead the feed so they are not missed.
  const [arrived, setArrived] = useState<string[]>([]);
  useSubscription(NearbyHelpRequestOpenedDocument, {
    onData: ({ data: event }) => {
      const opened = event.data?.nearbyHelpRequestOpened;
      if (!opened) return;
      setArrived((ids) => [opened.id, ...ids.filter((id) => id !== opened.id)]);
      // The event says only that it opened: its score and distance come with the ranked feed.
      void refetch();
    },
  });
  // Taken by someone else, cancelled or expired: off the feed at once, said once.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const [goneNoticed, setGoneNoticed] = useState(false);
  const mine = useRef<Set<string>>(new Set());
  useSubscription(NearbyHelpRequestClosedDocument, {
    onData: ({ data: event }) => {
      const closed = event.data?.nearbyHelpRequestClosed;
      if (!closed || gone.has(closed)) return;
      setGone((ids) => new Set([...ids, closed]));
      if (!mine.current.has(closed)) setGoneNoticed(true);
    },
  });
  const profile = useQuery(MyVolunteerProfileDocument);
  const paused = profile.data?.me?.volunteerProfile?.active === false;
  const { accept } = useAcceptHelpRequest();
  const [acceptingId, setAcceptingId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [accepted, setAccepted] = useState(false);

  const shown = data ?? previousData;
  const matches = useMemo(() => feedOrder(shown?.nearbyHelpRequestMatches ?? [], arrived, gone), [shown, arrived, gone]);

  const onAccept = async (id: string) => {
    setAcceptingId(id);
    setAccepted(false);
    mine.current.add(id);
    const outcome = await accept(id);
    setAcceptingId(null);
    if (outcome.kind === 'accepted') {
      setAccepted(true);
      setProblems(({ [id]: _done, ...rest }) => rest);
      void refetch();
    } else {
      mine.current.delete(id);
      setProblems((current) => ({ ...current, [id]: outcome.kind === 'taken' ? t('feed.taken') : outcome.message }));
    }
  };

  return (
    <Stack gap="md" maw={720}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('feed.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('feed.intro')}
          </Text>
        </div>
        <Group gap="xs">
          {loading && <Loader size="xs" aria-label={t('app.loading')} />}
          <LiveBadge />
        </Group>
      </Group>
      {accepted && (
        <Alert color="green" title={t('feed.acceptedTitle')} withCloseButton onClose={() => setAccepted(false)} data-testid="feed-accepted">
          {t('feed.accepted')}{' '}
          <Anchor component={Link} to="/tasks" data-testid="feed-see-tasks">
            {t('feed.seeTasks')}
          </Anchor>
        </Alert>
      )}
      {paused && <PausedNotice onResumed={() => void refetch()} />}
      {goneNoticed && (
        <Alert color="gray" withCloseButton onClose={() => setGoneNoticed(false)} closeButtonLabel={t('newRequest.close')} data-testid="feed-gone">
          {t('feedLive.gone')}
        </Alert>
      )}
      {error && (
        <QueryError error={error} onRetry={() => refetch()} title={t('feed.loadFailed')} testId="feed-error" />
      )}
      {!shown && loading && (
        <PageSkeleton title={false} rows={2} />
      )}
      {shown && matches.length === 0 && !paused && (
        <Text c="dimmed" data-testid="feed-empty">
          {t('feed.empty')}
        </Text>
      )}
      {shown && (matches.length === 0 || paused) && <HelpFromHome />}
      <Stack gap="sm" data-testid="feed">
        {matches.map((match) => (
          <FeedItem
            key={match.helpRequest.id}
            match={match}
            isNew={arrived.includes(match.helpRequest.id)}
            accepting={acceptingId === match.helpRequest.id}
            problem={problems[match.helpRequest.id] ?? null}
            onAccept={() => void onAccept(match.helpRequest.id)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
