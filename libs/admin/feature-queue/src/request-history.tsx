import { Text, Timeline } from '@mantine/core';
import type { HelpRequestDetailsQuery } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';

export type RequestEvent = NonNullable<HelpRequestDetailsQuery['helpRequest']>['events'][number];

export interface RequestHistoryProps {
  events: readonly RequestEvent[];
}

export function RequestHistory({ events }: RequestHistoryProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="request-history">
      {events.map((event) => (
        <Timeline.Item key={event.id} title={t(`events.${event.kind}`)} data-testid="request-event" data-kind={event.kind}>
          <Text size="xs" c="dimmed">
            {format.dateTime(event.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
