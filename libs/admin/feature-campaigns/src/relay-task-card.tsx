import { ActionIcon, Box, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import type { RelayTaskFieldsFragment } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyIcon } from './copy-icon';
import { RelayReportForm } from './relay-report-form';
import { shareLinks } from './share-links';

export interface RelayTaskCardProps {
  task: RelayTaskFieldsFragment;
}

/** One campaign to pass on: its message, the ambassador's own link, ways to share it, then « J'ai relayé ». */
export function RelayTaskCard({ task }: RelayTaskCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [reporting, setReporting] = useState(false);
  const [thanked, setThanked] = useState(false);
  const links = shareLinks({ title: task.campaign.title, message: task.campaign.message, relayUrl: task.relayUrl });
  // Plain buttons: the brands' light colours read poorly as text. sms: and mailto: open an app, not a tab.
  const share = { component: 'a', variant: 'default', size: 'sm' } as const;
  const external = { ...share, target: '_blank', rel: 'noopener noreferrer' } as const;

  return (
    <Paper withBorder p="md" data-testid="relay-task" data-campaign-id={task.campaign.id} data-relayed={Boolean(task.relayedAt)}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {task.campaign.title}
          </Title>
          {task.relayedAt ? (
            <Text size="sm" fw={600} c="teal.8" data-testid="relay-relayed-at">
              {t('relays.relayedOn', { date: format.dateTime(task.relayedAt) })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('relays.notRelayed')}
            </Text>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="relay-message">
          {task.campaign.message}
        </Text>
        <TextInput
          label={t('relays.yourLink')}
          value={task.relayUrl}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          data-testid="relay-link"
          rightSection={
            <CopyButton value={task.relayUrl}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('relays.copied') : t('relays.copyLink')} withArrow>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('relays.copyLink')} data-testid="relay-copy-link">
                    <CopyIcon done={copied} />
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
        <Box>
          <Text size="sm" fw={500} mb={6}>
            {t('relays.share')}
          </Text>
          <Group gap="xs">
            <Button {...external} href={links.whatsApp} data-testid="relay-share-whatsapp">
              {t('relays.whatsApp')}
            </Button>
            <Button {...share} href={links.sms} data-testid="relay-share-sms">
              {t('relays.sms')}
            </Button>
            <Button {...share} href={links.email} data-testid="relay-share-email">
              {t('relays.email')}
            </Button>
            <CopyButton value={links.text}>
              {({ copied, copy }) => (
                <Button variant="default" size="sm" onClick={copy} data-testid="relay-copy-text">
                  {copied ? t('relays.copied') : t('relays.copyText')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Box>
        {thanked && !reporting && (
          <Text size="sm" c="teal.8" data-testid="relay-thanks">
            {t('relays.thanks')}
          </Text>
        )}
        {reporting ? (
          <RelayReportForm
            campaignId={task.campaign.id}
            onDone={() => {
              setReporting(false);
              setThanked(true);
            }}
            onCancel={() => setReporting(false)}
          />
        ) : (
          <Group>
            <Button
              variant={task.relayedAt ? 'default' : 'filled'}
              onClick={() => {
                setThanked(false);
                setReporting(true);
              }}
              data-testid="relay-report"
            >
              {task.relayedAt ? t('relays.relayedAgain') : t('relays.relayed')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
