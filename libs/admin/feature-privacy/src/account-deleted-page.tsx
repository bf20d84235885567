import { Anchor, Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErasurePoints } from './erasure-points';

/** Public: the person is signed out by the time they read it. */
export const ACCOUNT_DELETED_PATH = '/compte-supprime';

export interface AccountDeletedPageProps {
  /** Shown beside the title, e.g. a language switch. */
  toolbar?: ReactNode;
}

/** Where a person lands once they deleted their account: public, as they are signed out by then. */
export function AccountDeletedPage({ toolbar }: AccountDeletedPageProps) {
  const { t } = useTranslation();
  return (
    <Container size={760} py="xl" px="md" component="main" data-testid="account-deleted-page">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          {/* Shrinks before the language switch does, so a long title wraps on a phone. */}
          <Box miw={0} style={{ flex: 1 }}>
            <Text fw={700} c="teal.8" size="lg">
              {t('app.title')}
            </Text>
            <Title order={1}>{t('accountDeleted.title')}</Title>
          </Box>
          {toolbar}
        </Group>
        <Text size="lg">{t('accountDeleted.intro')}</Text>
        <Paper withBorder p="md">
          <ErasurePoints kind="kept" />
        </Paper>
        <Text size="sm">{t('erasure.again')}</Text>
        <Group gap="lg">
          <Anchor component={Link} to="/" data-testid="account-deleted-log-in">
            {t('accountDeleted.logIn')}
          </Anchor>
          <Anchor component={Link} to="/confidentialite" data-testid="account-deleted-privacy">
            {t('accountDeleted.privacy')}
          </Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
