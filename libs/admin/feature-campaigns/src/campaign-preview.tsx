import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shaped like a real relay code, so the sample reads as the real link will. */
const SAMPLE_CODE = 'EXEMPLE234';

export interface CampaignPreviewProps {
  title: string;
  message: string;
}

/** The campaign as an ambassador will read it, with a sample of the link each one gets. */
export function CampaignPreview({ title, message }: CampaignPreviewProps) {
  const { t } = useTranslation();
  const sampleUrl = `${window.location.origin}/r/${SAMPLE_CODE}`;
  return (
    <Paper withBorder p="md" bg="gray.0" data-testid="campaign-preview">
      <Stack gap="sm">
        <div>
          <Text fw={700} data-testid="campaign-preview-subject" style={{ overflowWrap: 'anywhere' }}>
            {t('campaigns.preview.subject', { title: title.trim() || t('campaigns.preview.untitled') })}
          </Text>
        </div>
        <Text size="sm" c={message.trim() ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="campaign-preview-message">
          {message.trim() || t('campaigns.preview.noMessage')}
        </Text>
        <div>
          <Text size="xs" fw={600}>
            {t('campaigns.preview.link')}
          </Text>
          <Text size="sm" c="teal.8" style={{ overflowWrap: 'anywhere' }} data-testid="campaign-preview-link">
            {sampleUrl}
          </Text>
          <Text size="xs" c="dimmed">
            {t('campaigns.preview.sampleLink')}
          </Text>
        </div>
        <Group gap={6}>
          {(['whatsApp', 'sms', 'email'] as const).map((app) => (
            <Badge key={app} variant="outline" color="gray" tt="none">
              {t(`relays.${app}`)}
            </Badge>
          ))}
          <Badge variant="light" color="teal" tt="none">
            {t('relays.relayed')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('campaigns.preview.buttons')}
        </Text>
      </Stack>
    </Paper>
  );
}
