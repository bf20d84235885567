import { errorCode, errorFields, errorReason, retryAfterSeconds } from '@relais/admin-data-access';
import { IDEA_BODY, IDEA_TITLE, MODERATION_REASON } from '@relais/domain-ideas';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** What is wrong with a field of the board's forms, as the page words it. */
export type IdeaFieldProblem = 'titleEmpty' | 'titleShort' | 'titleLong' | 'bodyEmpty' | 'bodyLong' | 'reasonEmpty' | 'reasonLong' | 'quartier';

/**
 * Why the API refused to post, vote or moderate, read from its codes rather than its words,
 * which are for developers. A field's problem belongs next to that field; the others to the form
 * or the card.
 */
export type IdeaRefusal =
  | { kind: 'field'; field: 'title' | 'body' | 'reason' | 'neighbourhoodId' }
  | { kind: 'tooManyIdeas' | 'hidden' | 'notFound' | 'forbidden' | 'signedOut' | 'failed' }
  | { kind: 'tooManyVotes'; minutes: number };

const FIELDS = ['title', 'body', 'reason', 'neighbourhoodId'] as const;

/** `action` tells the two limits apart: both are FORBIDDEN TOO_MANY_ATTEMPTS. */
export function ideaRefusal(error: unknown, action: 'post' | 'vote' | 'moderate'): IdeaRefusal {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': {
      const fields = errorFields(error);
      const field = FIELDS.find((name) => fields.includes(name));
      return field ? { kind: 'field', field } : { kind: 'failed' };
    }
    case 'FORBIDDEN':
      if (errorReason(error) !== 'TOO_MANY_ATTEMPTS') return { kind: 'forbidden' };
      if (action === 'post') return { kind: 'tooManyIdeas' };
      // In whole minutes, rounded up: « dans 0 minute » would send them back too soon.
      return { kind: 'tooManyVotes', minutes: Math.max(1, Math.ceil((retryAfterSeconds(error) ?? 60) / 60)) };
    case 'CONFLICT':
      return { kind: errorReason(error) === 'IDEA_HIDDEN' ? 'hidden' : 'failed' };
    case 'NOT_FOUND':
      // Posting names only a quartier; voting and moderating, the idea.
      return action === 'post' ? { kind: 'field', field: 'neighbourhoodId' } : { kind: 'notFound' };
    case 'UNAUTHENTICATED':
      return { kind: 'signedOut' };
    default:
      return { kind: 'failed' };
  }
}

function lengthProblem(text: string, { min, max }: { min: number; max: number }): 'empty' | 'short' | 'long' | null {
  const length = text.trim().length;
  if (length === 0) return 'empty';
  if (length < min) return 'short';
  return length > max ? 'long' : null;
}

/** The same bounds the API checks, said before sending. */
export function ideaFormProblems(title: string, body: string): { title: IdeaFieldProblem | null; body: IdeaFieldProblem | null } {
  const titleProblem = lengthProblem(title, IDEA_TITLE);
  const bodyProblem = lengthProblem(body, IDEA_BODY);
  return {
    title: titleProblem === 'empty' ? 'titleEmpty' : titleProblem === 'short' ? 'titleShort' : titleProblem === 'long' ? 'titleLong' : null,
    body: bodyProblem === 'long' ? 'bodyLong' : bodyProblem ? 'bodyEmpty' : null,
  };
}

export function reasonProblem(reason: string): IdeaFieldProblem | null {
  const problem = lengthProblem(reason, MODERATION_REASON);
  return problem === 'long' ? 'reasonLong' : problem ? 'reasonEmpty' : null;
}

/** A refusal that is not a field's, in the reader's language. */
export function useIdeaRefusalText(): (refusal: Exclude<IdeaRefusal, { kind: 'field' }>) => string {
  const { t } = useTranslation();
  return useCallback(
    (refusal: Exclude<IdeaRefusal, { kind: 'field' }>) =>
      refusal.kind === 'tooManyVotes' ? t('ideas.errors.tooManyVotes', { count: refusal.minutes }) : t(`ideas.errors.${refusal.kind}`),
    [t],
  );
}
