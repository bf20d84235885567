import { useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { CampaignsDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { QueryError, SectionPanel } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CAMPAIGNS_PATH } from './campaign-paths';
import { CampaignPreview } from './campaign-preview';
import { AmbassadorReports } from './ambassador-reports';
import { CampaignReport } from './campaign-report';
import { CampaignStatusBadge } from './campaign-status';
import { SendCampaignModal } from './send-campaign-modal';
import { useCampaignMutations } from './use-campaign-mutations';

export interface CampaignPageProps {
  id: string;
}

/** One campaign: a draft to read and send, or what a sent one did. */
export function CampaignPage({ id }: CampaignPageProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { send } = useCampaignMutations();
  const [confirming, setConfirming] = useState(false);
  const { data, loading, error, refetch } = useQuery(CampaignsDocument, { fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaigns.find((c) => c.id === id);

  const back = (
    <Anchor component={Link} to={CAMPAIGNS_PATH} size="sm">
      {t('campaigns.all')}
    </Anchor>
  );
  if (!campaign) {
    return (
      <Stack gap="md" data-testid="campaign-page">
        {back}
        {loading && !data && <Loader size="sm" />}
        {error && !data && <QueryError error={error} onRetry={() => refetch()} title={t('campaigns.loadFailed')} />}
        {data && (
          <Alert color="orange" data-testid="campaign-not-found">
            {t('campaigns.notFound')}
          </Alert>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={1100} data-testid="campaign-page" data-status={campaign.status}>
      {back}
      <div>
        <Group gap="sm" align="center">
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {campaign.title}
          </Title>
          <CampaignStatusBadge status={campaign.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {campaign.neighbourhoods.map((n) => n.name).join(', ')}
          {' · '}
          {campaign.sentAt ? t('campaigns.sentOn', { date: format.dateTime(campaign.sentAt) }) : t('campaigns.notSent')}
        </Text>
      </div>
      {campaign.status === 'DRAFT' ? (
        <SectionPanel title={t('campaigns.draft.title')} hint={t('campaigns.draft.hint')} testId="campaign-draft">
          <CampaignPreview title={campaign.title} message={campaign.message} />
          <Group justify="flex-end">
            <Button onClick={() => setConfirming(true)} data-testid="campaign-send">
              {t('campaigns.form.send')}
            </Button>
          </Group>
        </SectionPanel>
      ) : (
        <>
          <CampaignReport report={campaign.report} />
          <AmbassadorReports campaignId={campaign.id} />
          <SectionPanel title={t('campaigns.form.message')} testId="campaign-message">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {campaign.message}
            </Text>
          </SectionPanel>
        </>
      )}
      {confirming && (
        <SendCampaignModal
          neighbourhoodIds={campaign.neighbourhoods.map((n) => n.id)}
          send={() => send(campaign.id)}
          draftKept
          onSent={() => setConfirming(false)}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
