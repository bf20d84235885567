import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { IdeaCardFragment } from '@relais/admin-data-access';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IdeaBadges } from './idea-badges';
import { ideaPath } from './idea-path';
import { useIdeaDate } from './use-idea-date';
import { VoteButton } from './vote-button';

export interface IdeaCardProps {
  idea: IdeaCardFragment;
}

/** One idea on the board: its title (a link to its page), a few lines, who and what it is about, its support. */
export function IdeaCard({ idea }: IdeaCardProps) {
  const { t } = useTranslation();
  const name = usePersonName();
  const date = useIdeaDate();
  return (
    <Paper withBorder p="md" data-testid="idea-card" data-idea-id={idea.id} data-status={idea.status}>
      <Stack gap="xs">
        <IdeaBadges idea={idea} />
        <Anchor component={Link} to={ideaPath(idea)} fw={600} size="lg" c="dark" data-testid="idea-title">
          {idea.title}
        </Anchor>
        <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
          {idea.body}
        </Text>
        <Text size="xs" c="dimmed" data-testid="idea-author">
          {t('ideas.by', { name: name(idea.author) })} · {date(idea.createdAt)}
        </Text>
        {idea.status === 'HIDDEN' && idea.moderationReason && (
          <Text size="xs" c="dimmed" fs="italic" data-testid="idea-card-reason">
            {t('ideas.reason', { reason: idea.moderationReason })}
          </Text>
        )}
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <VoteButton idea={idea} />
          <Anchor component={Link} to={ideaPath(idea)} size="sm">
            {t('ideas.readMore')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
