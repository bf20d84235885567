import { useApolloClient, useMutation } from '@apollo/client';
import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { DeleteMyAccountDocument, setToken } from '@relais/admin-data-access';
import { ModalActions } from '@relais/admin-ui';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ACCOUNT_DELETED_PATH } from './account-deleted-page';
import type { ErasureRefusal } from './erasure-refusal';
import { erasureRefusal, useErasureRefusalText } from './erasure-refusal';

export interface DeleteAccountModalProps {
  onClose: () => void;
}

/** Mount it only while open: each opening starts with an empty password and no old refusal. */
export function DeleteAccountModal({ onClose }: DeleteAccountModalProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const refusalText = useErasureRefusalText();
  const [password, setPassword] = useState('');
  const [refusal, setRefusal] = useState<ErasureRefusal | null>(null);
  const [missing, setMissing] = useState(false);
  const [deleteMyAccount, { loading }] = useMutation(DeleteMyAccountDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    setMissing(!password);
    if (!password) return;
    try {
      await deleteMyAccount({ variables: { password } });
    } catch (caught) {
      setRefusal(erasureRefusal(caught));
      return;
    }
    // Away from the signed-in pages first, so that forgetting the token shows the goodbye page,
    // not a flash of the log-in form; then nothing of the account stays in this browser.
    await navigate(ACCOUNT_DELETED_PATH, { replace: true, flushSync: true });
    setToken(null);
    await client.clearStore();
  };

  const passwordError = missing ? t('erasure.errors.passwordRequired') : refusal?.kind === 'password' ? refusalText(refusal) : null;
  return (
    <Modal opened onClose={onClose} title={t('deleteAccount.modalTitle')} data-testid="delete-account-modal">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={500} c="red.8">
            {t('deleteAccount.final')}
          </Text>
          <PasswordInput
            label={t('deleteAccount.password')}
            description={t('deleteAccount.passwordHint')}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('deleteAccount.togglePassword') }}
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              setMissing(false);
              if (refusal?.kind === 'password') setRefusal(null);
            }}
            error={passwordError}
            data-autofocus
            data-testid="delete-account-password"
          />
          <ModalActions
            failure={refusal && refusal.kind !== 'password' ? { title: t('deleteAccount.failed'), message: refusalText(refusal), testId: 'delete-account-error' } : null}
            cancelLabel={t('deleteAccount.cancel')}
            onCancel={onClose}
            confirmLabel={t('deleteAccount.confirm')}
            confirmColor="red"
            loading={loading}
            confirmTestId="delete-account-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
