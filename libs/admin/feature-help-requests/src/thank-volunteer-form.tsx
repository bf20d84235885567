import { useMutation } from '@apollo/client';
import { Alert, Button, Input, Rating, Stack, Textarea } from '@mantine/core';
import { ThankVolunteerDocument, errorMessage, fieldErrorMessages } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ThankVolunteerFormProps {
  requestId: string;
  volunteerName: string | null;
}

const MESSAGE_MAX = 500;

/** Once the help is done: a rating from 1 to 5 and, if they like, a word. */
export function ThankVolunteerForm({ requestId, volunteerName }: ThankVolunteerFormProps) {
  const { t } = useTranslation();
  const [rating, setRating] = useState(0);
  const [message, setMessage] = useState('');
  // The answer is only true: asking for the request again brings its thanks into the list.
  const [thank, { loading, error }] = useMutation(ThankVolunteerDocument, { refetchQueries: ['MyHelpRequests'], awaitRefetchQueries: true });
  const submit = async () => {
    try {
      await thank({ variables: { requestId, rating, message: message.trim() || null } });
    } catch {
      // Shown from the mutation's `error` below.
    }
  };
  return (
    <Stack gap="xs" data-testid="thank-form">
      <Input.Wrapper label={volunteerName ? t('thanks.titleFor', { name: volunteerName }) : t('thanks.title')}>
        <Rating
          value={rating}
          onChange={setRating}
          size="lg"
          getSymbolLabel={(stars) => t('thanks.stars', { count: stars })}
          data-testid="thank-rating"
          aria-label={t('thanks.rating')}
        />
      </Input.Wrapper>
      <Textarea
        label={t('thanks.message')}
        placeholder={t('thanks.messagePlaceholder')}
        autosize
        minRows={2}
        maxLength={MESSAGE_MAX}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        error={fieldErrorMessages(error)['message']}
        data-testid="thank-message"
      />
      {error && (
        <Alert color="red" title={t('thanks.failed')} data-testid="thank-error">
          {errorMessage(error)}
        </Alert>
      )}
      <Button onClick={() => void submit()} loading={loading} disabled={rating < 1} data-testid="thank-submit">
        {t('thanks.submit')}
      </Button>
    </Stack>
  );
}
