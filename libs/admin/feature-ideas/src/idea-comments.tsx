import { useMutation } from '@apollo/client';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { IdeaCommentFieldsFragment } from '@relais/admin-data-access';
import { CommentIdeaDocument, HideIdeaCommentDocument, IdeaDocument, errorCode, errorReason } from '@relais/admin-data-access';
import { COMMENT_BODY } from '@relais/domain-ideas';
import { SectionPanel, usePersonName } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdeaDate } from './use-idea-date';

type Problem = 'empty' | 'tooLong' | 'tooMany' | 'closed' | 'failed';

/** Why the API refused a comment, from its codes; the page words it. */
function commentProblem(error: unknown): Problem {
  if (errorCode(error) === 'BAD_USER_INPUT') return 'tooLong';
  if (errorReason(error) === 'TOO_MANY_ATTEMPTS') return 'tooMany';
  if (errorReason(error) === 'IDEA_HIDDEN') return 'closed';
  return 'failed';
}

export interface IdeaCommentsProps {
  ideaId: string;
  comments: readonly IdeaCommentFieldsFragment[];
  /** A hidden idea takes no comments. */
  open: boolean;
  moderator: boolean;
}

/** The discussion under an idea: its comments, oldest first, a form to add one, and « Masquer » for moderators. */
export function IdeaComments({ ideaId, comments, open, moderator }: IdeaCommentsProps) {
  const { t } = useTranslation();
  const name = usePersonName();
  const date = useIdeaDate();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const refetchQueries = [{ query: IdeaDocument, variables: { id: ideaId } }];
  const [comment, { loading }] = useMutation(CommentIdeaDocument, { refetchQueries, awaitRefetchQueries: true });
  const [hide] = useMutation(HideIdeaCommentDocument, { refetchQueries });

  const submit = async () => {
    const text = body.trim();
    if (!text) return setProblem('empty');
    if (text.length > COMMENT_BODY.max) return setProblem('tooLong');
    setProblem(null);
    try {
      await comment({ variables: { ideaId, body: text } });
      setBody('');
    } catch (error) {
      setProblem(commentProblem(error));
    }
  };

  return (
    <SectionPanel title={t('ideas.comments.title')} hint={t('ideas.comments.hint')} testId="idea-comments">
      {comments.length === 0 && <Text size="sm">{t('ideas.comments.none')}</Text>}
      {comments.map((c) => (
        <Paper key={c.id} withBorder p="sm" data-testid="idea-comment" data-hidden={c.hidden} bg={c.hidden ? 'gray.0' : undefined}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                {name(c.author)} · {date(c.createdAt)}
                {c.hidden && ` · ${t('ideas.comments.hidden')}`}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </Stack>
            {moderator && !c.hidden && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => void hide({ variables: { id: c.id } }).catch(() => undefined)} data-testid="idea-comment-hide">
                {t('ideas.comments.hide')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      {open ? (
        <Stack gap="xs">
          <Textarea
            label={t('ideas.comments.label')}
            placeholder={t('ideas.comments.placeholder')}
            autosize
            minRows={2}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={problem ? t(`ideas.comments.${problem}`) : undefined}
            data-testid="idea-comment-body"
          />
          <Group justify="flex-end">
            <Button onClick={() => void submit()} loading={loading} data-testid="idea-comment-send">
              {t('ideas.comments.send')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ideas.comments.closed')}
        </Text>
      )}
    </SectionPanel>
  );
}
