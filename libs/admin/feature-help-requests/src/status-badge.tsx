import { Badge } from '@mantine/core';
import type { HelpRequestStatus } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS } from './statuses';

export interface StatusBadgeProps {
  status: HelpRequestStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge miw="max-content" color={STATUS_COLOURS[status]} variant={status === 'OPEN' ? 'outline' : 'light'} data-testid="status-badge" data-status={status}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
