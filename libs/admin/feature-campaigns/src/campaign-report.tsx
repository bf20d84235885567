import { Box, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CampaignReportFieldsFragment } from '@relais/admin-data-access';
import { SectionPanel } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { funnelBars } from './funnel';

export interface CampaignReportProps {
  report: CampaignReportFieldsFragment;
}

const TABLE_ROWS = ['ambassadorsReached', 'skippedAtCap', 'ambassadorsRelayed', 'reportedReach', 'linkVisits', 'signUps', 'volunteerSignUps', 'activeSignUps'] as const;

/** What a sent campaign did: a funnel from ambassadors reached to volunteers, then every figure. */
export function CampaignReport({ report }: CampaignReportProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const skipped =
    report.skippedAtCap > 0
      ? t('campaigns.report.skipped', { count: report.skippedAtCap })
      : report.ambassadorsReached === 0
        ? t('campaigns.report.nobodyReached')
        : t('campaigns.report.noneSkipped');

  const funnel = (
    <Stack gap="xs" role="list" aria-label={t('campaigns.report.funnel')} data-testid="campaign-funnel">
      {funnelBars(report).map((bar) => (
        <Box key={bar.stage} role="listitem" data-testid={`funnel-${bar.stage}`} data-value={bar.value}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{t(`campaigns.report.${bar.stage}`)}</Text>
            <Text size="sm" fw={700}>
              {number.format(bar.value)}
            </Text>
          </Group>
          <Box h={12} bg="gray.1" style={{ borderRadius: 6, overflow: 'hidden' }} aria-hidden>
            <Box h="100%" w={`${bar.width}%`} bg="teal.6" style={{ borderRadius: 6 }} />
          </Box>
        </Box>
      ))}
    </Stack>
  );

  const figures = (
    <Table striped withTableBorder data-testid="campaign-figures">
      <Table.Tbody>
        {TABLE_ROWS.map((row) => (
          <Table.Tr key={row} data-testid={`figure-${row}`}>
            <Table.Th scope="row" fw={400}>
              {t(`campaigns.report.${row}`)}
            </Table.Th>
            <Table.Td ta="right" fw={600} data-value={report[row]}>
              {number.format(report[row])}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  // Side by side on a wide screen, the funnel first on a phone.
  return (
    <SectionPanel title={t('campaigns.report.title')} hint={t('campaigns.report.hint')} testId="campaign-report">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
        <Stack gap="sm">
          <Title order={4} size="h6">
            {t('campaigns.report.funnel')}
          </Title>
          {funnel}
          <Text size="sm" data-testid="campaign-skipped">
            {skipped}
          </Text>
        </Stack>
        <Stack gap="sm">
          <Title order={4} size="h6">
            {t('campaigns.report.table')}
          </Title>
          {figures}
        </Stack>
      </SimpleGrid>
    </SectionPanel>
  );
}
