import { useQuery } from '@apollo/client';
import { Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { MyTasksDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { LiveBadge } from '@relais/admin-feature-help-requests';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TaskCard } from './task-card';
import { UndoCompleteNotice } from './undo-complete-notice';
import { useUndoableComplete } from './use-undoable-complete';

/** The API caps how many a volunteer holds at once (at most 20): one page always shows them all. */
const ACTIVE_MAX = 20;
const DONE_PER_PAGE = 10;

/** "Mes missions": what the volunteer holds now, with the address, and what they have done. */
export function TasksPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const completion = useUndoableComplete();
  const cardProps = (id: string) => ({
    onComplete: () => completion.complete(id),
    completionPending: completion.pendingIds.includes(id),
    completionFailure: completion.failures[id] ?? null,
  });
  const active = useQuery(MyTasksDocument, {
    variables: { status: 'ASSIGNED', first: ACTIVE_MAX, offset: 0 },
    fetchPolicy: 'cache-and-network',
  });
  const done = useQuery(MyTasksDocument, {
    variables: { status: 'DONE', first: DONE_PER_PAGE, offset: (page - 1) * DONE_PER_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const doneShown = done.data ?? done.previousData;
  const pages = Math.max(1, Math.ceil((doneShown?.myTasks.totalCount ?? 0) / DONE_PER_PAGE));
  // A task just done or given back has its new status in the cache before the lists are fetched
  // again: it leaves the active ones at once, rather than showing in both.
  const held = active.data?.myTasks.items.filter((task) => task.status === 'ASSIGNED');
  const failure = active.error ?? done.error;

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('tasks.title')}</Title>
        <LiveBadge />
      </Group>
      {failure && (
        <QueryError error={failure} onRetry={() => Promise.all([active.refetch(), done.refetch()])} title={t('tasks.loadFailed')} testId="tasks-error" />
      )}
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={3} size="h4">
            {t('tasks.active')}
          </Title>
          {active.loading && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        {held && held.length === 0 && (
          <Text c="dimmed" data-testid="tasks-empty">
            {t('tasks.emptyActive')}
          </Text>
        )}
        <Stack gap="sm" data-testid="tasks-active">
          {held?.map((task) => (
            <TaskCard key={task.id} task={task} {...cardProps(task.id)} />
          ))}
        </Stack>
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('tasks.done')}
        </Title>
        {doneShown && doneShown.myTasks.items.length === 0 && (
          <Text c="dimmed" data-testid="tasks-done-empty">
            {t('tasks.emptyDone')}
          </Text>
        )}
        <Stack gap="sm" data-testid="tasks-done">
          {doneShown?.myTasks.items.map((task) => (
            <TaskCard key={task.id} task={task} {...cardProps(task.id)} />
          ))}
        </Stack>
        {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="tasks-pagination" />}
      </Stack>
      <UndoCompleteNotice pendingIds={completion.pendingIds} onUndo={completion.undo} />
    </Stack>
  );
}
