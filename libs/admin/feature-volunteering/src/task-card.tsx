import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { MyTasksQuery } from '@relais/admin-data-access';
import { GiveBackHelpRequestDocument, errorMessage } from '@relais/admin-data-access';
import { CategoryBadge, ConfirmButton, StatusBadge, ThanksGiven, useLocaleFormat, useLiveHelpRequest } from '@relais/admin-feature-help-requests';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';

export type Task = MyTasksQuery['myTasks']['items'][number];

export interface TaskCardProps {
  task: Task;
  /** « C'est fait »: the page sends it after a moment in which it can be undone. */
  onComplete: () => void;
  /** Marked done, not sent yet. */
  completionPending: boolean;
  /** Why sending « C'est fait » failed. */
  completionFailure: string | null;
}

export function TaskCard({ task, onComplete, completionPending, completionFailure }: TaskCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const name = usePersonName();
  const client = useApolloClient();
  const moved = { refetchQueries: ['MyTasks'] };
  const [giveBack, givingBack] = useMutation(GiveBackHelpRequestDocument, moved);
  const held = task.status === 'ASSIGNED';
  // A requester may cancel or finish it meanwhile: the card shows it at once, the lists follow.
  useLiveHelpRequest(task.id, held, (changed) => {
    if (changed.status === 'DONE') void client.refetchQueries({ include: ['MyTasks'] });
  });
  const failure = completionFailure ?? (givingBack.error ? errorMessage(givingBack.error) : null);
  const run = (action: () => Promise<unknown>) => action().catch(() => undefined);
  const homework = [task.subject, task.level].filter(Boolean).join(' · ');

  return (
    <Card withBorder padding="md" data-testid="task-row" data-status={task.status} data-request-id={task.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <CategoryBadge category={task.category} />
          <StatusBadge status={task.status} />
        </Group>
        <Text data-testid="task-description" style={{ whiteSpace: 'pre-line' }}>
          {task.description}
        </Text>
        {homework && (
          <Text size="sm" c="dimmed">
            {homework}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t('tasks.for', { name: name(task.requester) })}
        </Text>
        <Text size="sm" data-testid="task-address">
          {task.address ? t('requests.address', { address: task.address }) : t(task.status === 'ASSIGNED' ? 'tasks.noAddress' : 'tasks.addressGone')}
        </Text>
        <Text size="xs" c="dimmed">
          {[task.neighbourhood?.name, task.neededBy ? t('requests.neededBy', { date: format.dateTime(task.neededBy) }) : null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {task.status === 'CANCELLED' && (
          <Alert color="gray" data-testid="task-cancelled">
            {t('tasks.cancelled')}
          </Alert>
        )}
        {failure && (
          <Alert color="red" title={t('tasks.actionFailed')} data-testid="task-error">
            {failure}
          </Alert>
        )}
        {held && (
          <Group gap="xs">
            <Button size="sm" disabled={completionPending} onClick={onComplete} data-testid="task-complete">
              {completionPending ? t('taskUndo.pending') : t('tasks.complete')}
            </Button>
            <ConfirmButton
              label={t('tasks.giveBack')}
              question={t('tasks.giveBackQuestion')}
              confirmLabel={t('tasks.giveBackConfirm')}
              color="orange"
              size="sm"
              loading={givingBack.loading}
              onConfirm={() => void run(() => giveBack({ variables: { id: task.id } }))}
              testId="task-give-back"
            />
          </Group>
        )}
        {task.thanksGiven && (
          <ThanksGiven
            label={t('tasks.thanksReceived')}
            rating={task.thanksGiven.rating}
            message={task.thanksGiven.message}
            createdAt={task.thanksGiven.createdAt}
          />
        )}
      </Stack>
    </Card>
  );
}
