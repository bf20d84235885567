import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { RunWeeklyDigestDocument, errorCode, errorReason } from '@relais/admin-data-access';
import { SectionPanel } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Outcome = { queued: number } | { refused: 'tooSoon' | 'forbidden' | 'failed' };

/** Why a run was refused, in the page's words: the API allows one a minute. */
function refusal(error: unknown): 'tooSoon' | 'forbidden' | 'failed' {
  if (errorCode(error) === 'FORBIDDEN') return errorReason(error) === 'TOO_MANY_ATTEMPTS' ? 'tooSoon' : 'forbidden';
  return 'failed';
}

/** « Envoyer le récap maintenant »: this week's digest to whoever has not had it, after a confirmation. */
export function RunDigestSection() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [run, { loading }] = useMutation(RunWeeklyDigestDocument);

  const send = async () => {
    setOutcome(null);
    try {
      const { data } = await run();
      setOutcome({ queued: data?.runWeeklyDigest ?? 0 });
    } catch (caught) {
      setOutcome({ refused: refusal(caught) });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <SectionPanel title={t('outreach.run.title')} hint={t('outreach.run.intro')} testId="run-digest">
      {outcome && 'queued' in outcome && (
        <Alert color="green" withCloseButton onClose={() => setOutcome(null)} data-testid="run-digest-queued">
          {t('outreach.run.queued', { count: outcome.queued })}
        </Alert>
      )}
      {outcome && 'refused' in outcome && (
        <Alert color={outcome.refused === 'tooSoon' ? 'orange' : 'red'} data-testid="run-digest-error">
          {t(`outreach.run.${outcome.refused}`)}
        </Alert>
      )}
      <Group>
        <Button variant="light" onClick={() => setConfirming(true)} data-testid="run-digest-open">
          {t('outreach.run.action')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('outreach.run.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('outreach.run.confirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('outreach.run.cancel')}
            </Button>
            <Button loading={loading} onClick={() => void send()} data-testid="run-digest-confirm">
              {t('outreach.run.confirmAction')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionPanel>
  );
}
