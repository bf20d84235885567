import { Group, Rating, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from './use-locale-format';

export interface ThanksGivenProps {
  rating: number;
  message: string | null;
  createdAt: string;
  /** Says whose thanks they are; by default the requester's own ("Your thanks"). */
  label?: string;
}

export function ThanksGiven({ rating, message, createdAt, label }: ThanksGivenProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <Stack gap={4} data-testid="thanks-given" data-rating={rating}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {label ?? t('thanks.given')}
        </Text>
        {/* Read as one picture with its words, not as five controls. */}
        <Rating value={rating} readOnly size="sm" role="img" aria-label={t('thanks.ratingGiven', { count: rating })} />
      </Group>
      {message && (
        <Text size="sm" fs="italic" data-testid="thanks-given-message">
          {t('thanks.quoted', { message })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('thanks.givenOn', { date: format.dateTime(createdAt) })}
      </Text>
    </Stack>
  );
}
