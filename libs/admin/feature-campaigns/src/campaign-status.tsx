import { Badge } from '@mantine/core';
import type { CampaignStatus } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';

const COLORS: Record<CampaignStatus, string> = { DRAFT: 'gray', SENT: 'teal', CLOSED: 'dark' };

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    // Never shrinks beside a long title: a phone showed « S… » for « Sent ».
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }} data-testid="campaign-status" data-status={status}>
      {t(`campaigns.status.${status}`)}
    </Badge>
  );
}
