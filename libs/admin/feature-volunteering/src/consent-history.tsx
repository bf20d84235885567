import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ConsentChannel, MyConsentsQuery } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';

/** A « no » at sign-up (or found when the ledger began) withdrew nothing: it was never given. */
function firstChoice(channel: ConsentChannel): boolean {
  return channel === 'SIGN_UP' || channel === 'BEFORE_LEDGER';
}

export interface ConsentHistoryProps {
  page: MyConsentsQuery['myConsentHistory'];
}

/** The person's choices, newest first: what, yes or no, when, where, and the text they were shown. */
export function ConsentHistory({ page }: ConsentHistoryProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const older = page.totalCount - page.items.length;
  return (
    <Stack gap={6} data-testid="consent-history">
      <Title order={4} size="h5">
        {t('consent.historyTitle')}
      </Title>
      {page.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('consent.historyEmpty')}
        </Text>
      )}
      {page.items.map((event) => (
        <div key={event.id} data-testid="consent-event" data-purpose={event.purpose} data-granted={event.granted}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={500}>
              {t(`consent.purposes.${event.purpose}`)}
            </Text>
            <Badge size="sm" variant="light" color={event.granted ? 'teal' : 'gray'}>
              {event.granted ? t('consent.given') : firstChoice(event.channel) ? t('consent.notGiven') : t('consent.withdrawn')}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {format.dateTime(event.at)} · {t(`consent.channels.${event.channel}`)}
            {event.recordedByOther && ` · ${t('consent.recordedByOther')}`}
            {event.wordingVersion && ` · ${t('consent.version', { version: event.wordingVersion })}`}
          </Text>
        </div>
      ))}
      {older > 0 && (
        <Text size="xs" c="dimmed">
          {t('consent.historyMore', { count: older })}
        </Text>
      )}
    </Stack>
  );
}
