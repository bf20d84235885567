import { useQuery } from '@apollo/client';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { MyRelayTasksDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { RelayTaskCard } from './relay-task-card';

/** « Mes relais »: the campaigns an ambassador is invited to pass on, newest first. */
export function RelaysPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyRelayTasksDocument, { fetchPolicy: 'cache-and-network' });
  const tasks = data?.myRelayTasks ?? [];
  return (
    <Stack gap="md" maw={760} data-testid="relays-page">
      <Title order={2}>{t('relays.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('relays.intro')}
      </Text>
      {error && (
        <QueryError error={error} onRetry={() => refetch()} title={t('relays.loadFailed')} testId="relays-error" />
      )}
      {loading && !data && <Loader size="sm" />}
      {data && tasks.length === 0 && (
        <Text c="dimmed" data-testid="relays-empty">
          {t('relays.empty')}
        </Text>
      )}
      {tasks.map((task) => (
        <RelayTaskCard key={task.relayCode} task={task} />
      ))}
    </Stack>
  );
}
