import { useMutation } from '@apollo/client';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErasePersonDocument } from '@relais/admin-data-access';
import type { ErasureRefusal } from '@relais/admin-feature-privacy';
import { erasureRefusal, useErasureRefusalText } from '@relais/admin-feature-privacy';
import { ModalActions } from '@relais/admin-ui';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The API's bounds on the reason, once trimmed (erasePerson). */
export const ERASE_REASON_LENGTH = { min: 3, max: 500 } as const;

export interface ErasePersonModalProps {
  person: { id: string; displayName: string };
  onClose: () => void;
  onErased: () => void;
}

/** Mount it only while open: each opening starts with no reason and no old refusal. */
export function ErasePersonModal({ person, onClose, onErased }: ErasePersonModalProps) {
  const { t } = useTranslation();
  const refusalText = useErasureRefusalText();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<ErasureRefusal | null>(null);
  const [erase, { loading }] = useMutation(ErasePersonDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const why = reason.trim();
    // Checked before sending too, in the same words the API's refusal gets.
    if (why.length < ERASE_REASON_LENGTH.min || why.length > ERASE_REASON_LENGTH.max) {
      setRefusal({ kind: 'reason' });
      return;
    }
    setRefusal(null);
    try {
      await erase({ variables: { personId: person.id, reason: why } });
    } catch (caught) {
      setRefusal(erasureRefusal(caught));
      return;
    }
    onErased();
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('erasePerson.title', { name: person.displayName })} data-testid="erase-person-modal">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('erasePerson.intro')}</Text>
          <Text size="sm">{t('erasePerson.what')}</Text>
          <Text size="sm" fw={500} c="red.8">
            {t('erasePerson.final')}
          </Text>
          <Textarea
            label={t('erasePerson.reason')}
            description={t('erasePerson.reasonHint')}
            placeholder={t('erasePerson.reasonPlaceholder')}
            autosize
            minRows={2}
            maxLength={ERASE_REASON_LENGTH.max}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              if (refusal?.kind === 'reason') setRefusal(null);
            }}
            error={refusal?.kind === 'reason' ? refusalText(refusal) : null}
            data-autofocus
            data-testid="erase-person-reason"
          />
          <ModalActions
            failure={refusal && refusal.kind !== 'reason' ? { title: t('erasePerson.failed'), message: refusalText(refusal), testId: 'erase-person-error' } : null}
            cancelLabel={t('erasePerson.cancel')}
            onCancel={onClose}
            confirmLabel={t('erasePerson.confirm')}
            confirmColor="red"
            loading={loading}
            confirmTestId="erase-person-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
