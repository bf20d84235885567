import { useMutation } from '@apollo/client';
import { Modal, Stack, Text } from '@mantine/core';
import type { WayToHelpCardFragment } from '@relais/admin-data-access';
import { ArchiveWayToHelpDocument, WaysToHelpDocument } from '@relais/admin-data-access';
import { ModalActions } from '@relais/admin-ui';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WayToHelpRefusal } from './way-to-help-refusal';
import { wayToHelpRefusal } from './way-to-help-refusal';

export interface ArchiveWayToHelpModalProps {
  way: Pick<WayToHelpCardFragment, 'id' | 'title'>;
  onClose: () => void;
  onArchived: () => void;
}

/** « Retirer », asked first: volunteers stop seeing it at once. */
export function ArchiveWayToHelpModal({ way, onClose, onArchived }: ArchiveWayToHelpModalProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<WayToHelpRefusal | null>(null);
  const [archive, { loading }] = useMutation(ArchiveWayToHelpDocument, { refetchQueries: [WaysToHelpDocument] });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await archive({ variables: { id: way.id } });
      onArchived();
    } catch (caught) {
      setRefusal(wayToHelpRefusal(caught, 'archive'));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('waysToHelp.archiveModal.title')} data-testid="archive-way-to-help-modal">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('waysToHelp.archiveModal.body', { title: way.title })}</Text>
          <ModalActions
            // Archiving names no field: any refusal is said above the buttons.
            failure={refusal ? { title: t('waysToHelp.archiveModal.failed'), message: t(`waysToHelp.errors.${refusal.kind === 'field' ? 'failed' : refusal.kind}`), testId: 'archive-way-to-help-error' } : null}
            cancelLabel={t('waysToHelp.archiveModal.cancel')}
            onCancel={onClose}
            confirmLabel={t('waysToHelp.archiveModal.confirm')}
            confirmColor="red"
            loading={loading}
            confirmTestId="archive-way-to-help-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
