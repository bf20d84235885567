import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailField } from './detail-field';

export interface NeighbourhoodSummary {
  id: string;
  name: string;
  city: string;
  code: string | null;
}

export interface NeighbourhoodDetailsProps {
  neighbourhood: NeighbourhoodSummary | null;
}

export function NeighbourhoodDetails({ neighbourhood }: NeighbourhoodDetailsProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="neighbourhood-details">
      {neighbourhood ? (
        <Stack gap="sm">
          <Title order={3} data-testid="neighbourhood-details-name">
            {neighbourhood.name}
          </Title>
          <DetailField label={t('map.city')} testId="neighbourhood-details-city">
            {neighbourhood.city}
          </DetailField>
          <DetailField label={t('map.code')} testId="neighbourhood-details-code">
            {neighbourhood.code ?? t('map.noCode')}
          </DetailField>
        </Stack>
      ) : (
        <Text c="dimmed">{t('map.selectHint')}</Text>
      )}
    </Paper>
  );
}
