import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignRefusal } from './campaign-refusal';
import { campaignRefusal } from './campaign-refusal';
import { useCampaignAudience } from './use-campaign-audience';

export interface SendCampaignModalProps {
  neighbourhoodIds: readonly string[];
  /** Sends the campaign (writing its draft first if there is none yet) and says which it was. */
  send: () => Promise<string>;
  onSent: (campaignId: string) => void;
  /** Whether a draft is kept, when sending failed. */
  draftKept: boolean;
  onClose: () => void;
}

/** Mount it only while open: each opening counts the ambassadors again and starts without an error. */
export function SendCampaignModal({ neighbourhoodIds, send, onSent, draftKept, onClose }: SendCampaignModalProps) {
  const { t } = useTranslation();
  const audience = useCampaignAudience(neighbourhoodIds);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<CampaignRefusal | null>(null);

  const confirm = async () => {
    setSending(true);
    setRefusal(null);
    try {
      onSent(await send());
    } catch (error) {
      setRefusal(campaignRefusal(error));
      setSending(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('campaigns.send.title')} data-testid="send-campaign-modal">
      <Stack gap="md">
        {audience.state === 'counting' && (
          <Group gap="xs" wrap="nowrap">
            <Loader size="xs" />
            <Text size="sm">{t('campaigns.send.counting')}</Text>
          </Group>
        )}
        {audience.state === 'counted' && (
          <Text fw={600} data-testid="send-campaign-recipients" data-count={audience.count}>
            {audience.count === 0 ? t('campaigns.send.noRecipients') : t('campaigns.send.recipients', { count: audience.count })}
          </Text>
        )}
        {audience.state === 'failed' && (
          <Text size="sm" c="orange.9" data-testid="send-campaign-recipients">
            {t('campaigns.send.countFailed')}
          </Text>
        )}
        <Text size="sm">{t('campaigns.send.cap')}</Text>
        <Text size="sm" fw={500}>
          {t('campaigns.send.once')}
        </Text>
        {refusal && (
          <Alert color="red" title={t('campaigns.send.failedTitle')} data-testid="send-campaign-error" data-refusal={refusal}>
            {t(`campaigns.errors.${refusal}`)}
            {draftKept && refusal !== 'alreadySent' && ` ${t('campaigns.send.draftKept')}`}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('campaigns.send.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={sending} disabled={refusal === 'alreadySent'} data-testid="send-campaign-confirm">
            {t('campaigns.send.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
