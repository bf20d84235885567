import { useMutation } from '@apollo/client';
import type { IdeaCardFragment } from '@relais/admin-data-access';
import { UnvoteIdeaDocument, VoteIdeaDocument } from '@relais/admin-data-access';
import { useCallback, useState } from 'react';
import type { IdeaRefusal } from './idea-refusal';
import { ideaRefusal } from './idea-refusal';

export interface Vote {
  /** Gives the person's support, or takes it back when already given. */
  toggle: () => void;
  busy: boolean;
  refusal: Exclude<IdeaRefusal, { kind: 'field' }> | null;
}

/**
 * Backing an idea shows at once: the count and the button change before the API answers (its
 * answer, with the weighed score, then replaces the guess), and go back if it refuses.
 */
export function useVote(idea: Pick<IdeaCardFragment, 'id' | 'votes' | 'score' | 'votedByMe'>): Vote {
  const [vote, voting] = useMutation(VoteIdeaDocument);
  const [unvote, unvoting] = useMutation(UnvoteIdeaDocument);
  const [refusal, setRefusal] = useState<Vote['refusal']>(null);
  const { id, votes, score, votedByMe } = idea;

  const toggle = useCallback(() => {
    setRefusal(null);
    const guess = { __typename: 'Idea' as const, id, score, votedByMe: !votedByMe, votes: Math.max(0, votes + (votedByMe ? -1 : 1)) };
    const sent = votedByMe
      ? unvote({ variables: { id }, optimisticResponse: { unvoteIdea: guess } })
      : vote({ variables: { id }, optimisticResponse: { voteIdea: guess } });
    sent.catch((error: unknown) => {
      const refused = ideaRefusal(error, 'vote');
      setRefusal(refused.kind === 'field' ? { kind: 'failed' } : refused);
    });
  }, [id, votes, score, votedByMe, vote, unvote]);

  return { toggle, busy: voting.loading || unvoting.loading, refusal };
}
