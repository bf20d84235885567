import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteAccountModal } from './delete-account-modal';
import { ErasurePoints } from './erasure-points';

/** « Supprimer mon compte », at the foot of « Mes données »: what goes, what stays, and the button. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="delete-account-title" data-testid="delete-account">
      <Stack gap="sm">
        <Title order={3} size="h4" id="delete-account-title">
          {t('deleteAccount.title')}
        </Title>
        <Text size="sm">{t('deleteAccount.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <ErasurePoints kind="erased" />
          <ErasurePoints kind="kept" />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('erasure.again')}
        </Text>
        <div>
          <Button color="red" onClick={() => setOpened(true)} data-testid="delete-account-open">
            {t('deleteAccount.open')}
          </Button>
        </div>
      </Stack>
      {opened && <DeleteAccountModal onClose={() => setOpened(false)} />}
    </Paper>
  );
}
