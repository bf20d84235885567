import { Anchor, Box, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { CampaignsQuery } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignPath } from './campaign-paths';
import { CampaignStatusBadge } from './campaign-status';

export type CampaignItem = CampaignsQuery['campaigns'][number];

export interface CampaignCardProps {
  campaign: CampaignItem;
}

const KEY_FIGURES = ['ambassadorsReached', 'ambassadorsRelayed', 'linkVisits', 'signUps'] as const;

/** One campaign of the list: what, where, when, and its key figures once sent. */
export function CampaignCard({ campaign }: CampaignCardProps) {
  const { t, i18n } = useTranslation();
  const format = useLocaleFormat();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Paper withBorder p="md" data-testid="campaign-card" data-campaign-id={campaign.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Box miw={0}>
          <Anchor component={Link} to={campaignPath(campaign.id)} fw={700} style={{ overflowWrap: 'anywhere' }} data-testid="campaign-link">
            {campaign.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {campaign.neighbourhoods.map((n) => n.name).join(', ')}
          </Text>
          <Text size="xs" c="dimmed">
            {campaign.sentAt ? t('campaigns.sentOn', { date: format.dateTime(campaign.sentAt) }) : t('campaigns.notSent')}
          </Text>
        </Box>
        <CampaignStatusBadge status={campaign.status} />
      </Group>
      {campaign.status !== 'DRAFT' && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="sm" data-testid="campaign-key-figures">
          {KEY_FIGURES.map((figure) => (
            <Box key={figure} data-testid={`key-${figure}`} data-value={campaign.report[figure]}>
              <Text size="lg" fw={700} lh={1.2}>
                {number.format(campaign.report[figure])}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {t(`campaigns.report.${figure}`)}
              </Text>
            </Box>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
