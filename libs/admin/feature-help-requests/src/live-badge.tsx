import { Badge } from '@mantine/core';
import { getLiveStatus, subscribeLiveStatus } from '@relais/admin-data-access';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/** Tells whether the page is receiving changes as they happen, or catching up; nothing while nothing on it listens. */
export function LiveBadge() {
  const { t } = useTranslation();
  const status = useSyncExternalStore(subscribeLiveStatus, getLiveStatus, getLiveStatus);
  if (status === 'idle') return null;
  const connected = status === 'connected';
  return (
    <Badge miw="max-content" variant="dot" color={connected ? 'green' : 'gray'} data-testid="live-status" data-state={status}>
      {connected ? t('live.connected') : t('live.connecting')}
    </Badge>
  );
}
