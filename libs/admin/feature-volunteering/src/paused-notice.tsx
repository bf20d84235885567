import { useMutation } from '@apollo/client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { UpdateVolunteerProfileDocument, errorMessage } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';

export interface PausedNoticeProps {
  /** After resuming: the feed has requests to show again. */
  onResumed: () => void;
}

/** Tells a paused volunteer why nothing is offered to them, with the way back. */
export function PausedNotice({ onResumed }: PausedNoticeProps) {
  const { t } = useTranslation();
  const [resume, { loading, error }] = useMutation(UpdateVolunteerProfileDocument, { variables: { input: { active: true } } });
  return (
    <Alert color="yellow" title={t('feedLive.pausedTitle')} data-testid="feed-paused">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('feedLive.paused')}</Text>
        {error && (
          <Text size="sm" c="red" data-testid="feed-resume-error">
            {t('feedLive.resumeFailed')}
            {'\u00a0: '}
            {errorMessage(error)}
          </Text>
        )}
        <Button
          loading={loading}
          onClick={() => void resume().then(onResumed, () => undefined)}
          w={{ base: '100%', sm: 'auto' }}
          data-testid="feed-resume"
        >
          {t('feedLive.resume')}
        </Button>
      </Stack>
    </Alert>
  );
}
