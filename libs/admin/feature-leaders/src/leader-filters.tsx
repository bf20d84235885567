import { Group, Input, SegmentedControl, Select } from '@mantine/core';
import type { HelpCategory } from '@relais/admin-data-access';
import { HELP_CATEGORIES, isHelpCategory } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import type { AmbassadorFilter } from './ambassador-filter';
import { AMBASSADOR_FILTERS, isAmbassadorFilter } from './ambassador-filter';

export interface LeaderFilterValues {
  /** Only volunteers who offer this help; null for any. */
  category: HelpCategory | null;
  ambassadors: AmbassadorFilter;
}

export interface LeaderFiltersProps {
  value: LeaderFilterValues;
  onChange: (value: LeaderFilterValues) => void;
}

const FILTER_LABELS = { all: 'leaders.filterAll', ambassadors: 'leaders.filterAmbassadors', others: 'leaders.filterOthers' } as const;

export function LeaderFilters({ value, onChange }: LeaderFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('leaders.category')}
        placeholder={t('leaders.allCategories')}
        data={HELP_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
        value={value.category}
        onChange={(category) => onChange({ ...value, category: isHelpCategory(category) ? category : null })}
        clearable
        w={240}
        data-testid="leaders-category-filter"
      />
      {/* A div, not a label: the control is a group of radios, each labelled. */}
      <Input.Wrapper label={t('leaders.ambassadorFilter')} labelElement="div">
        <div>
          <SegmentedControl
            value={value.ambassadors}
            onChange={(ambassadors) => {
              if (isAmbassadorFilter(ambassadors)) onChange({ ...value, ambassadors });
            }}
            data={AMBASSADOR_FILTERS.map((filter) => ({ value: filter, label: t(FILTER_LABELS[filter]) }))}
            data-testid="leaders-ambassador-filter"
          />
        </div>
      </Input.Wrapper>
    </Group>
  );
}
