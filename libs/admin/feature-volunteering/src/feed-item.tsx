import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { NearbyHelpRequestMatchesQuery } from '@relais/admin-data-access';
import { CategoryBadge, useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import { ScoreBar } from './score-bar';

export type FeedMatch = NearbyHelpRequestMatchesQuery['nearbyHelpRequestMatches'][number];

export interface FeedItemProps {
  match: FeedMatch;
  onAccept: () => void;
  accepting: boolean;
  /** Why this request could not be taken, if the last try failed. */
  problem: string | null;
  /** Arrived live since the page opened. */
  isNew: boolean;
}

export function FeedItem({ match, onAccept, accepting, problem, isNew }: FeedItemProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const request = match.helpRequest;
  const homework = [request.subject, request.level].filter(Boolean).join(' · ');
  return (
    <Card withBorder padding="md" data-testid="feed-item" data-request-id={request.id} data-new={isNew ? 'true' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <CategoryBadge category={request.category} />
          {isNew && (
            <Text size="xs" c="teal" fw={600}>
              {t('feed.new')}
            </Text>
          )}
        </Group>
        <Text id={`feed-description-${request.id}`} data-testid="feed-description" style={{ whiteSpace: 'pre-line' }}>
          {request.description}
        </Text>
        {homework && (
          <Text size="sm" c="dimmed">
            {homework}
          </Text>
        )}
        <Text size="sm" c="dimmed" data-testid="feed-where">
          {[request.neighbourhood?.name, t('feed.distance', { distance: format.distance(match.distanceMeters) })].filter(Boolean).join(' · ')}
        </Text>
        {request.neededBy && (
          <Text size="xs" c="dimmed">
            {t('requests.neededBy', { date: format.dateTime(request.neededBy) })}
          </Text>
        )}
        <ScoreBar score={match.score} />
        {problem && (
          <Alert color="orange" data-testid="feed-accept-problem">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          {/* Thumb-wide on a phone, a plain button on a desk. */}
          {/* Every card has this button: a screen reader also hears which request it takes. */}
          <Button
            onClick={onAccept}
            loading={accepting}
            w={{ base: '100%', sm: 'auto' }}
            aria-describedby={`feed-description-${request.id}`}
            data-testid="feed-accept"
          >
            {t('feed.accept')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
