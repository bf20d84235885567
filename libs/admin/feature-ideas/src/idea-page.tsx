import { useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { IdeaStatus } from '@relais/admin-data-access';
import { IdeaDocument, errorCode } from '@relais/admin-data-access';
import { useSession } from '@relais/admin-feature-auth';
import { QueryError, SectionPanel, usePersonName } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { IdeaBadges } from './idea-badges';
import { IdeaComments } from './idea-comments';
import { IdeaShare } from './idea-share';
import { mayModerateIdea } from './may-moderate';
import { ModerateIdeaModal } from './moderate-idea-modal';
import { useIdeaDate } from './use-idea-date';
import { VoteButton } from './vote-button';

const MODERATIONS: readonly IdeaStatus[] = ['ADOPTED', 'HIDDEN', 'OPEN'];

/** An idea in full: its text, its status and, for its author and moderators, why it was moderated. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { viewer } = useSession();
  const name = usePersonName();
  const date = useIdeaDate();
  const [moderating, setModerating] = useState<IdeaStatus | null>(null);
  const [done, setDone] = useState<IdeaStatus | null>(null);
  const { data, loading, error, refetch } = useQuery(IdeaDocument, { variables: { id: id ?? '' }, fetchPolicy: 'cache-and-network' });
  // NOT_FOUND: no such idea, or a hidden one the viewer may not see; the page says the same for both.
  const missing = errorCode(error) === 'NOT_FOUND';
  const idea = data?.idea ?? null;
  const back = (
    <Anchor component={Link} to="/ideas" size="sm" data-testid="idea-back">
      ← {t('ideas.back')}
    </Anchor>
  );

  if (!data && !missing) {
    return (
      <Stack gap="md" maw={760}>
        {back}
        {error ? <QueryError error={error} onRetry={() => refetch()} title={t('ideas.loadFailed')} /> : loading && <Loader size="sm" aria-label={t('app.loading')} />}
      </Stack>
    );
  }
  if (!idea) {
    return (
      <Stack gap="md" maw={760}>
        {back}
        <Alert color="gray" data-testid="idea-not-found">
          {t('ideas.notFound')}
        </Alert>
      </Stack>
    );
  }

  const moderator = mayModerateIdea(viewer, idea.neighbourhood?.id ?? null);
  return (
    <Stack gap="md" maw={760} data-testid="idea-page" data-status={idea.status}>
      {back}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <IdeaBadges idea={idea} />
          <Title order={2} data-testid="idea-page-title" style={{ overflowWrap: 'anywhere' }}>
            {idea.title}
          </Title>
          <Text size="sm" c="dimmed" data-testid="idea-author">
            {t('ideas.by', { name: name(idea.author) })} · {date(idea.createdAt)}
          </Text>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid="idea-body">
            {idea.body}
          </Text>
          <VoteButton idea={idea} />
        </Stack>
      </Paper>
      {idea.status === 'HIDDEN' && (
        <Alert color="gray" title={t('ideas.hiddenTitle')} data-testid="idea-moderation">
          <Stack gap={4}>
            <Text size="sm">{t('ideas.hiddenText')}</Text>
            {idea.moderationReason && <Text size="sm" fw={500}>{t('ideas.reason', { reason: idea.moderationReason })}</Text>}
          </Stack>
        </Alert>
      )}
      {idea.status !== 'HIDDEN' && idea.moderationReason && (
        <Alert color={idea.status === 'ADOPTED' ? 'teal' : 'blue'} title={t(idea.status === 'ADOPTED' ? 'ideas.adoptedTitle' : 'ideas.reopenedTitle')} data-testid="idea-moderation">
          {t('ideas.reason', { reason: idea.moderationReason })}
        </Alert>
      )}
      {data?.idea.myShare && idea.status !== 'HIDDEN' && <IdeaShare share={data.idea.myShare} />}
      <IdeaComments ideaId={idea.id} comments={data?.idea.comments ?? []} open={idea.status !== 'HIDDEN'} moderator={moderator} />
      {moderator && (
        <SectionPanel title={t('ideas.moderation.title')} hint={t('ideas.moderation.hint')} testId="idea-moderate">
          {done && (
            <Text size="sm" c="teal.8" role="status" data-testid="idea-moderated">
              {t(`ideas.moderation.done.${done}`)}
            </Text>
          )}
          <Group gap="sm">
            {MODERATIONS.filter((status) => status !== idea.status).map((status) => (
              <Button
                key={status}
                variant={status === 'HIDDEN' ? 'outline' : 'light'}
                color={status === 'HIDDEN' ? 'red' : 'teal'}
                onClick={() => {
                  setDone(null);
                  setModerating(status);
                }}
                data-testid={`idea-moderate-${status}`}
              >
                {t(`ideas.moderation.${status}`)}
              </Button>
            ))}
          </Group>
        </SectionPanel>
      )}
      {moderating && (
        <ModerateIdeaModal
          ideaId={idea.id}
          status={moderating}
          onClose={() => setModerating(null)}
          onDone={(status) => {
            setModerating(null);
            setDone(status);
          }}
        />
      )}
    </Stack>
  );
}
