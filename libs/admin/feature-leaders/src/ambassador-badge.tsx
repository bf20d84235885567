import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AmbassadorBadge() {
  const { t } = useTranslation();
  return (
    <Badge miw="max-content" color="grape" variant="light" data-testid="ambassador-badge">
      {t('ambassador.badge')}
    </Badge>
  );
}
