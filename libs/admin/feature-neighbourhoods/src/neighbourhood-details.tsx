import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NeighbourhoodSummary {
  id: string;
  name: string;
  city: string;
  code: string | null;
}

export interface NeighbourhoodDetailsProps {
  neighbourhood: NeighbourhoodSummary | null;
}

interface FieldProps {
  label: string;
  testId: string;
  children: ReactNode;
}

// Label above value: no colon, whose spacing differs between French and English.
function Field({ label, testId, children }: FieldProps) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text data-testid={testId}>{children}</Text>
    </div>
  );
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
          <Field label={t('map.city')} testId="neighbourhood-details-city">
            {neighbourhood.city}
          </Field>
          <Field label={t('map.code')} testId="neighbourhood-details-code">
            {neighbourhood.code ?? t('map.noCode')}
          </Field>
        </Stack>
      ) : (
        <Text c="dimmed">{t('map.selectHint')}</Text>
      )}
    </Paper>
  );
}
