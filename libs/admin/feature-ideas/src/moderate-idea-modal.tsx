import { useMutation } from '@apollo/client';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import type { IdeaStatus } from '@relais/admin-data-access';
import { ModerateIdeaDocument } from '@relais/admin-data-access';
import { MODERATION_REASON } from '@relais/domain-ideas';
import { ModalActions } from '@relais/admin-ui';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldProblem, IdeaRefusal } from './idea-refusal';
import { ideaRefusal, reasonProblem, useIdeaRefusalText } from './idea-refusal';

export interface ModerateIdeaModalProps {
  ideaId: string;
  /** What the idea becomes. */
  status: IdeaStatus;
  onClose: () => void;
  onDone: (status: IdeaStatus) => void;
}

/** Mount it only while open. The reason is required: the idea's author reads it. */
export function ModerateIdeaModal({ ideaId, status, onClose, onDone }: ModerateIdeaModalProps) {
  const { t } = useTranslation();
  const refusalText = useIdeaRefusalText();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<IdeaFieldProblem | null>(null);
  const [refusal, setRefusal] = useState<Exclude<IdeaRefusal, { kind: 'field' }> | null>(null);
  const [moderate, { loading }] = useMutation(ModerateIdeaDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    const found = reasonProblem(reason);
    setProblem(found);
    if (found) return;
    try {
      await moderate({ variables: { id: ideaId, status, reason: reason.trim() } });
    } catch (caught) {
      const refused = ideaRefusal(caught, 'moderate');
      if (refused.kind === 'field') setProblem(reasonProblem(reason) ?? 'reasonEmpty');
      else setRefusal(refused);
      return;
    }
    onDone(status);
  };

  return (
    <Modal opened onClose={onClose} title={t(`ideas.moderation.modalTitle.${status}`)} data-testid="moderate-idea-modal">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('ideas.moderation.hint')}</Text>
          <Textarea
            label={t('ideas.moderation.reason')}
            description={t('ideas.moderation.reasonHint')}
            value={reason}
            autosize
            minRows={3}
            maxLength={MODERATION_REASON.max}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setProblem(null);
            }}
            error={problem ? t(`ideas.errors.${problem}`) : null}
            withAsterisk
            data-autofocus
            data-testid="moderate-idea-reason"
          />
          <ModalActions
            failure={refusal ? { title: t('ideas.moderation.failed'), message: refusalText(refusal), testId: 'moderate-idea-error' } : null}
            cancelLabel={t('ideas.moderation.cancel')}
            onCancel={onClose}
            confirmLabel={t(`ideas.moderation.${status}`)}
            confirmColor={status === 'HIDDEN' ? 'red' : 'teal'}
            loading={loading}
            confirmTestId="moderate-idea-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
