import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueItem } from './queue-row';

export interface FreshArrivalsProps {
  /** Newest first. */
  arrivals: readonly QueueItem[];
  onDismiss: () => void;
}

const LISTED = 3;

/**
 * Requests that arrived live, at the top: in the queue they take their place by age, often at
 * the bottom or on a later page, where they would be missed.
 */
export function FreshArrivals({ arrivals, onDismiss }: FreshArrivalsProps) {
  const { t } = useTranslation();
  if (arrivals.length === 0) return null;
  const more = arrivals.length - LISTED;
  return (
    <Alert color="teal" title={t('desk.freshTitle', { count: arrivals.length })} withCloseButton onClose={onDismiss} closeButtonLabel={t('newRequest.close')} data-testid="queue-fresh-arrivals">
      <List size="sm" spacing={2}>
        {arrivals.slice(0, LISTED).map((request) => (
          <List.Item key={request.id}>
            <Anchor component={Link} to={`/requests/${request.id}`} size="sm" data-testid="queue-fresh-arrival">
              {request.description}
            </Anchor>
            {request.neighbourhood && (
              <Text span size="sm" c="dimmed">
                {' · '}
                {request.neighbourhood.name}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="sm" mt={4}>
          {t('desk.freshMore', { count: more })}
        </Text>
      )}
    </Alert>
  );
}
