import { Alert } from '@mantine/core';
import type { HelpRequestStatus } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import type { Published } from './published-banner-state';
import { publishedBannerShown } from './published-banner-state';
import { useNow } from './use-now';

export interface PublishedBannerProps {
  published: Published | null;
  /** The published request's status as the list has it now; null while it is not in the list. */
  status: HelpRequestStatus | null;
  onDismiss: () => void;
}

/** « Your request is published », for as long as that is the news. */
export function PublishedBanner({ published, status, onDismiss }: PublishedBannerProps) {
  const { t } = useTranslation();
  const now = useNow(5_000);
  if (!publishedBannerShown(published, status, now)) return null;
  return (
    <Alert color="green" data-testid="post-success" withCloseButton onClose={onDismiss} closeButtonLabel={t('newRequest.close')}>
      {t('post.posted')}
    </Alert>
  );
}
