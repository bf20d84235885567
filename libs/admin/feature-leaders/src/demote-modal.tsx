import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { DemoteAmbassadorDocument, errorMessage, fieldErrorMessages } from '@relais/admin-data-access';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBASSADOR_QUERIES } from './ambassador-queries';
import { DEMOTION_REASON_MAX, demotionReasonProblem } from '@relais/domain-leaders';

export interface DemoteModalProps {
  person: { id: string; displayName: string };
  neighbourhoodId: string;
  onClose: () => void;
}

/** Mount it only while open: each opening starts with an empty reason and no old error. */
export function DemoteModal({ person, neighbourhoodId, onClose }: DemoteModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [demote, { loading, error }] = useMutation(DemoteAmbassadorDocument, { refetchQueries: AMBASSADOR_QUERIES });
  const problem = demotionReasonProblem(reason);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    if (problem) return;
    try {
      await demote({ variables: { personId: person.id, neighbourhoodId, reason: reason.trim() } });
      onClose();
    } catch {
      // Shown from the mutation's `error` below.
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('ambassador.demoteTitle', { name: person.displayName })} data-testid="demote-modal">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('ambassador.reason')}
            description={t('ambassador.reasonHint')}
            placeholder={t('ambassador.reasonPlaceholder')}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={showErrors && problem ? t(problem === 'required' ? 'ambassador.reasonRequired' : 'ambassador.reasonTooLong', { max: DEMOTION_REASON_MAX }) : fieldErrorMessages(error)['reason']}
            data-autofocus
            data-testid="demote-reason"
          />
          {error && (
            <Alert color="red" title={t('ambassador.demoteFailed')} data-testid="demote-error">
              {errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ambassador.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="demote-confirm">
              {t('ambassador.demoteConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
