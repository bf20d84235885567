import { useQuery } from '@apollo/client';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { CampaignsDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignCard } from './campaign-card';
import { NEW_CAMPAIGN_PATH } from './campaign-paths';

export interface CampaignsPageProps {
  /** Whether the viewer organises a quartier (or is ADMIN): without one, no campaign concerns them. */
  organises: boolean;
}

/** « Campagnes »: the campaigns of the viewer's quartiers, newest first, and a way to write one. */
export function CampaignsPage({ organises }: CampaignsPageProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CampaignsDocument, { fetchPolicy: 'cache-and-network', skip: !organises });
  const campaigns = data?.campaigns ?? [];

  return (
    <Stack gap="md" maw={960} data-testid="campaigns-page">
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('campaigns.title')}</Title>
        {organises && (
          <Button component={Link} to={NEW_CAMPAIGN_PATH} data-testid="campaign-new">
            {t('campaigns.new')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm" maw={720}>
        {t('campaigns.intro')}
      </Text>
      {!organises && (
        <Alert color="orange" data-testid="campaigns-no-neighbourhood">
          {t('campaigns.noNeighbourhood')}
        </Alert>
      )}
      {error && (
        <QueryError error={error} onRetry={() => refetch()} title={t('campaigns.loadFailed')} testId="campaigns-error" />
      )}
      {loading && !data && <Loader size="sm" />}
      {data && campaigns.length === 0 && (
        <Text c="dimmed" data-testid="campaigns-empty">
          {t('campaigns.empty')}
        </Text>
      )}
      {campaigns.map((campaign) => (
        <CampaignCard key={campaign.id} campaign={campaign} />
      ))}
    </Stack>
  );
}
