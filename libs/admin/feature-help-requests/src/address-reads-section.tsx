import { useQuery } from '@apollo/client';
import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { MyAddressReadsDocument } from '@relais/admin-data-access';
import { QueryError, usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from './use-locale-format';

/** « Qui a vu mon adresse »: who other than the resident saw the exact address of their requests. */
export function AddressReadsSection() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const name = usePersonName();
  const { data, error, refetch } = useQuery(MyAddressReadsDocument, { fetchPolicy: 'cache-and-network' });
  const reads = data?.myAddressReads ?? [];
  return (
    <Paper withBorder p="md" data-testid="address-reads">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('addressReads.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('addressReads.intro')}
        </Text>
        {error && (
          <QueryError error={error} onRetry={() => refetch()} title={t('addressReads.loadFailed')} />
        )}
        {data && reads.length === 0 && (
          <Text data-testid="address-reads-empty">{t('addressReads.empty')}</Text>
        )}
        {reads.length > 0 && (
          <Stack gap={0} data-testid="address-reads-list">
            {reads.map((read, index) => (
              <Stack key={`${read.reader.id}-${read.request.id}-${read.at}`} gap={2} py="xs" data-testid="address-read">
                {index > 0 && <Divider mb="xs" />}
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Text size="sm">
                    <Text span fw={600}>
                      {name(read.reader)}
                    </Text>
                    {' · '}
                    <Text span c="dimmed" size="sm">
                      {t(`addressReads.as.${read.readerRole}`)}
                    </Text>
                  </Text>
                  <Text size="sm" c="dimmed" ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.dateTime(read.at)}
                  </Text>
                </Group>
                <Text size="sm" lineClamp={1}>
                  {t('addressReads.request', { description: read.request.description })}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
