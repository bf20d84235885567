import { useMutation } from '@apollo/client';
import type { ButtonProps } from '@mantine/core';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { PromoteToAmbassadorDocument, errorMessage, errorReason } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBASSADOR_QUERIES } from './ambassador-queries';

export interface PromoteButtonProps {
  person: { id: string; displayName: string };
  neighbourhood: { id: string; name: string };
  size?: ButtonProps['size'];
}

/**
 * Asks once more before promoting: an ambassador speaks for the organisation in their quartier.
 * The promoted person comes back with isAmbassador, so every row showing them gets the badge.
 */
export function PromoteButton({ person, neighbourhood, size = 'xs' }: PromoteButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [promote, { loading, error, reset }] = useMutation(PromoteToAmbassadorDocument, { refetchQueries: AMBASSADOR_QUERIES });

  const confirm = async () => {
    try {
      await promote({ variables: { personId: person.id, neighbourhoodId: neighbourhood.id } });
      setOpened(false);
    } catch {
      // Shown from the mutation's `error` below.
    }
  };

  return (
    <>
      <Button
        size={size}
        variant="light"
        color="grape"
        onClick={() => {
          reset();
          setOpened(true);
        }}
        data-testid="promote"
      >
        {t('ambassador.promote')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('ambassador.promoteTitle', { name: person.displayName })} data-testid="promote-modal">
        <Stack gap="md">
          <Text size="sm">{t('ambassador.promoteQuestion', { name: person.displayName, neighbourhood: neighbourhood.name })}</Text>
          {error && (
            <Alert color="red" title={t('ambassador.promoteFailed')} data-testid="promote-error">
              {errorReason(error) === 'ALREADY_AMBASSADOR' ? t('ambassador.already') : errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('ambassador.cancel')}
            </Button>
            <Button color="grape" loading={loading} onClick={() => void confirm()} data-testid="promote-confirm">
              {t('ambassador.promoteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
