import { Anchor, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRIVACY_SECTIONS } from './privacy-sections';

export interface PrivacyPageProps {
  /** Shown beside the title, e.g. a language switch. */
  toolbar?: ReactNode;
}

/**
 * « Confidentialité »: what Relais keeps, why, who sees it, for how long, and the reader's rights,
 * in plain words. Public: it needs no session, so it can be read before signing up or in.
 */
export function PrivacyPage({ toolbar }: PrivacyPageProps) {
  const { t } = useTranslation();
  return (
    <Container size={760} py="xl" px="md" component="main" data-testid="privacy-page">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={700} c="teal.8" size="lg">
              {t('app.title')}
            </Text>
            <Title order={1}>{t('privacy.title')}</Title>
          </div>
          {toolbar}
        </Group>
        <Text size="lg">{t('privacy.intro')}</Text>
        {PRIVACY_SECTIONS.map((section) => (
          <Paper key={section.id} withBorder p="md" component="section" aria-labelledby={`privacy-${section.id}`}>
            <Stack gap="xs">
              <Title order={2} size="h3" id={`privacy-${section.id}`}>
                {t(section.title)}
              </Title>
              <List spacing="xs">
                {section.points.map((point) => (
                  <List.Item key={point}>{t(point)}</List.Item>
                ))}
              </List>
            </Stack>
          </Paper>
        ))}
        <Text size="sm">
          {t('privacy.organisation')}
        </Text>
        <Anchor component={Link} to="/" data-testid="privacy-back">
          {t('privacy.back')}
        </Anchor>
      </Stack>
    </Container>
  );
}
