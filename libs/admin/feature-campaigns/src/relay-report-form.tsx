import { useMutation } from '@apollo/client';
import { Alert, Button, Group, NumberInput, Radio, Stack } from '@mantine/core';
import type { RelayChannel } from '@relais/admin-data-access';
import { MyRelayTasksDocument, RecordRelayDocument } from '@relais/admin-data-access';
import { RELAY_REACH } from '@relais/domain-leaders';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelayRefusal } from './campaign-refusal';
import { relayRefusal } from './campaign-refusal';
import { RELAY_CHANNELS } from './relay-channels';

export interface RelayReportFormProps {
  campaignId: string;
  onDone: () => void;
  onCancel: () => void;
}

function validReach(reach: number | string): reach is number {
  return typeof reach === 'number' && Number.isInteger(reach) && reach >= RELAY_REACH.min && reach <= RELAY_REACH.max;
}

/** « J'ai relayé »: how, and to roughly how many people. Mount it only while open. */
export function RelayReportForm({ campaignId, onDone, onCancel }: RelayReportFormProps) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<RelayChannel>('MESSAGING_GROUP');
  const [reach, setReach] = useState<number | string>('');
  const [showProblems, setShowProblems] = useState(false);
  const [refusal, setRefusal] = useState<RelayRefusal | null>(null);
  const [record, { loading }] = useMutation(RecordRelayDocument, { refetchQueries: [MyRelayTasksDocument], awaitRefetchQueries: true });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowProblems(true);
    setRefusal(null);
    if (!validReach(reach)) {
      document.getElementById(`relay-reach-${campaignId}`)?.focus();
      return;
    }
    try {
      await record({ variables: { campaignId, channel, reach } });
      onDone();
    } catch (error) {
      setRefusal(relayRefusal(error));
    }
  };

  const reachError = refusal === 'reach' || (showProblems && !validReach(reach)) ? t('relays.reachInvalid') : undefined;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="relay-form">
      <Stack gap="sm">
        <Radio.Group label={t('relays.channel')} value={channel} onChange={(value) => setChannel(value as RelayChannel)} data-testid="relay-channel">
          <Stack gap={6} mt={6}>
            {RELAY_CHANNELS.map((value) => (
              <Radio key={value} value={value} label={t(`relays.channels.${value}`)} data-testid={`relay-channel-${value}`} />
            ))}
          </Stack>
        </Radio.Group>
        <NumberInput
          id={`relay-reach-${campaignId}`}
          label={t('relays.reach')}
          description={t('relays.reachHint')}
          min={RELAY_REACH.min}
          max={RELAY_REACH.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          inputMode="numeric"
          value={reach}
          onChange={setReach}
          error={reachError}
          maw={260}
          data-testid="relay-reach"
        />
        {refusal && refusal !== 'reach' && (
          <Alert color="red" data-testid="relay-error" data-refusal={refusal}>
            {t(`relays.errors.${refusal}`)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('relays.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="relay-save">
            {t('relays.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
