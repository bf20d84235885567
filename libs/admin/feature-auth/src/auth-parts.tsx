import { Anchor, Box, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface AuthHeaderProps {
  /** Beside the title, e.g. a language switch. */
  toolbar?: ReactNode;
}

/** The top of the log-in and sign-up cards: what Relais is, and the toolbar. */
export function AuthHeader({ toolbar }: AuthHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Box miw={0}>
        <Title order={1} size="h2">
          {t('app.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.intro')}
        </Text>
      </Box>
      {/* The language stays whole on a phone; the line beside it wraps instead. */}
      <Box style={{ flexShrink: 0 }}>{toolbar}</Box>
    </Group>
  );
}

export interface LeadInLinkProps {
  lead: string;
  link: string;
  to: string;
  testId: string;
  centred?: boolean;
}

/** A sentence that ends in a link: « Déjà un compte ? Se connecter ». */
export function LeadInLink({ lead, link, to, testId, centred = false }: LeadInLinkProps) {
  return (
    <Text size="sm" ta={centred ? 'center' : undefined}>
      {lead}{' '}
      <Anchor component={Link} to={to} data-testid={testId}>
        {link}
      </Anchor>
    </Text>
  );
}
