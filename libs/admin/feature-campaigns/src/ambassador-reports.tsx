import { useQuery } from '@apollo/client';
import { Group, Loader, Paper, Stack, Table, Text, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { CampaignAmbassadorsDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { SectionPanel, usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';

const FIGURES = ['reportedReach', 'linkVisits', 'signUps', 'volunteerSignUps', 'activeSignUps'] as const;
const HEADS: Record<(typeof FIGURES)[number], 'reach' | 'visits' | 'signUps' | 'volunteers' | 'active'> = {
  reportedReach: 'reach',
  linkVisits: 'visits',
  signUps: 'signUps',
  volunteerSignUps: 'volunteers',
  activeSignUps: 'active',
};

/** A sent campaign's figures per ambassador reached: who relayed, and what their link brought. */
export function AmbassadorReports({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const name = usePersonName();
  const format = useLocaleFormat();
  const number = new Intl.NumberFormat(i18n.language);
  const { data, loading, error, refetch } = useQuery(CampaignAmbassadorsDocument, { variables: { id: campaignId }, fetchPolicy: 'cache-and-network' });
  const rows = data?.campaign.ambassadorReports ?? [];
  const wide = useMediaQuery(`(min-width: ${em(768)})`, true, { getInitialValueInEffect: false });
  return (
    <SectionPanel
      title={t('campaigns.ambassadors.title')}
      hint={t('campaigns.ambassadors.hint')}
      testId="campaign-ambassadors"
      loadError={error ? { title: t('campaigns.ambassadors.loadFailed'), error, onRetry: () => refetch() } : null}
    >
      {!data && loading && <Loader size="sm" aria-label={t('app.loading')} />}
      {data && !rows.length && <Text size="sm">{t('campaigns.ambassadors.none')}</Text>}
      {rows.length > 0 && !wide && (
        // A card per ambassador on a phone: every figure in reach without scrolling sideways.
        <Stack gap="xs">
          {rows.map((row) => (
            <Paper key={row.ambassador.id} withBorder p="sm" data-testid="campaign-ambassador-row" data-person-id={row.ambassador.id}>
              <Text fw={600} size="sm">
                {name(row.ambassador)}
              </Text>
              <Text size="xs" c="dimmed">
                {row.neighbourhood?.name ?? '—'} ·{' '}
                {row.relayedAt ? t('campaigns.ambassadors.relayedOn', { date: format.dateTime(row.relayedAt) }) : t('campaigns.ambassadors.notRelayedYet')}
              </Text>
              <Group gap="md" mt={4}>
                {FIGURES.map((figure) => (
                  <Text key={figure} size="xs" data-figure={figure} data-value={row[figure]}>
                    {t(`campaigns.ambassadors.${HEADS[figure]}`)} <b>{number.format(row[figure])}</b>
                  </Text>
                ))}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {rows.length > 0 && wide && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="campaign-ambassadors-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('campaigns.ambassadors.name')}</Table.Th>
                <Table.Th>{t('campaigns.ambassadors.quartier')}</Table.Th>
                <Table.Th>{t('campaigns.ambassadors.relayed')}</Table.Th>
                {FIGURES.map((figure) => (
                  <Table.Th key={figure} ta="right">
                    {t(`campaigns.ambassadors.${HEADS[figure]}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.ambassador.id} data-testid="campaign-ambassador-row" data-person-id={row.ambassador.id}>
                  <Table.Td>{name(row.ambassador)}</Table.Td>
                  <Table.Td>{row.neighbourhood?.name ?? '—'}</Table.Td>
                  <Table.Td>{row.relayedAt ? format.dateTime(row.relayedAt) : t('campaigns.ambassadors.notRelayed')}</Table.Td>
                  {FIGURES.map((figure) => (
                    <Table.Td key={figure} ta="right" data-figure={figure} data-value={row[figure]}>
                      {number.format(row[figure])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionPanel>
  );
}
