import { Badge } from '@mantine/core';
import type { HelpCategory } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLOURS } from './categories';

export interface CategoryBadgeProps {
  category: HelpCategory;
}

export function CategoryBadge({ category }: CategoryBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge miw="max-content" color={CATEGORY_COLOURS[category]} variant="dot" data-testid="category-badge" data-category={category}>
      {t(`categories.${category}`)}
    </Badge>
  );
}
