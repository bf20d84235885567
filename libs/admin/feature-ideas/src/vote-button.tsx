import { Button, Group, Text } from '@mantine/core';
import type { IdeaCardFragment } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { useIdeaRefusalText } from './idea-refusal';
import { useVote } from './use-vote';

export interface VoteButtonProps {
  idea: Pick<IdeaCardFragment, 'id' | 'votes' | 'score' | 'votedByMe' | 'status'>;
}

/** The idea's supporters and the person's own support, given or taken back in one tap. */
export function VoteButton({ idea }: VoteButtonProps) {
  const { t } = useTranslation();
  const { toggle, refusal } = useVote(idea);
  const refusalText = useIdeaRefusalText();
  const hidden = idea.status === 'HIDDEN';
  return (
    <div>
      <Group gap="sm" wrap="nowrap">
        <Button
          size="xs"
          variant={idea.votedByMe ? 'filled' : 'outline'}
          color="teal"
          onClick={toggle}
          disabled={hidden && !idea.votedByMe}
          aria-pressed={idea.votedByMe}
          title={idea.votedByMe ? t('ideas.unvoteHint') : undefined}
          data-testid="idea-vote"
          data-voted={idea.votedByMe}
        >
          {idea.votedByMe ? `✓ ${t('ideas.voted')}` : t('ideas.vote')}
        </Button>
        <Text size="sm" c="dimmed" data-testid="idea-votes" data-count={idea.votes}>
          {t('ideas.votes', { count: idea.votes })}
        </Text>
      </Group>
      {refusal && (
        <Text size="xs" c="red.8" mt={4} role="alert" data-testid="idea-vote-error">
          {refusalText(refusal)}
        </Text>
      )}
    </div>
  );
}
