import { Alert, Container } from '@mantine/core';
import { isAdmin, useSession } from '@relais/admin-feature-auth';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface AdminOnlyProps {
  children: ReactNode;
}

/**
 * An ADMIN page opened by someone else, from a link or the address bar: it says in place that the
 * page is not theirs, rather than sending them elsewhere without a word.
 */
export function AdminOnly({ children }: AdminOnlyProps) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (viewer && isAdmin(viewer.roles)) return children;
  return (
    <Container size={760} px={0}>
      <Alert color="orange" title={t('scoringSettings.adminOnlyTitle')} data-testid="settings-admin-only">
        {t('scoringSettings.adminOnly')}
      </Alert>
    </Container>
  );
}
