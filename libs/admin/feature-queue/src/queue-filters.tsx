import { Group, NumberInput, Select } from '@mantine/core';
import type { HelpCategory } from '@relais/admin-data-access';
import { HELP_CATEGORIES, HELP_REQUEST_STATUSES, isHelpCategory, isHelpRequestStatus } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import type { DeskStatusFilter } from './desk-view';

export interface QueueFilterValues {
  /** What needs action (OPEN and ASSIGNED) unless the organiser asks for other statuses. */
  status: DeskStatusFilter;
  category: HelpCategory | null;
  /** Still OPEN after this many hours; null for any. */
  unmatchedForHours: number | null;
}

export interface QueueFiltersProps {
  value: QueueFilterValues;
  onChange: (value: QueueFilterValues) => void;
}

export function QueueFilters({ value, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('queue.status')}
        data={[
          { value: 'NEEDS_ACTION', label: t('desk.needsAction') },
          ...HELP_REQUEST_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
          { value: 'ANY', label: t('queue.allStatuses') },
        ]}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: statusFilterOf(status) })}
        allowDeselect={false}
        w={300}
        data-testid="queue-status-filter"
      />
      <Select
        label={t('queue.category')}
        placeholder={t('queue.allCategories')}
        data={HELP_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
        value={value.category}
        onChange={(category) => onChange({ ...value, category: isHelpCategory(category) ? category : null })}
        clearable
        w={230}
        data-testid="queue-category-filter"
      />
      <NumberInput
        label={t('queue.unmatchedFor')}
        placeholder={t('queue.anyWait')}
        min={0}
        max={24 * 90}
        allowDecimal={false}
        allowNegative={false}
        suffix={t('queue.hoursSuffix')}
        value={value.unmatchedForHours ?? ''}
        onChange={(hours) => onChange({ ...value, unmatchedForHours: typeof hours === 'number' ? hours : null })}
        w={230}
        data-testid="queue-unmatched-hours"
      />
    </Group>
  );
}

function statusFilterOf(value: string | null): DeskStatusFilter {
  if (value === 'ANY' || isHelpRequestStatus(value)) return value;
  return 'NEEDS_ACTION';
}
