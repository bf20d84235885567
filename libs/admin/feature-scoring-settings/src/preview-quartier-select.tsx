import { useQuery } from '@apollo/client';
import { Select } from '@mantine/core';
import { ScoringPreviewQuartiersDocument } from '@relais/admin-data-access';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { busiestQuartier } from './preview-quartier';

export interface PreviewQuartierSelectProps {
  value: string | null;
  onChange: (quartierId: string) => void;
  /** What the preview shows, to start on the quartier with the most of it. */
  measure: 'openNeeds' | 'rankedVolunteers';
  testId: string;
}

/** The quartier a preview computes on; until one is chosen, the one with the most to show. */
export function PreviewQuartierSelect({ value, onChange, measure, testId }: PreviewQuartierSelectProps) {
  const { t } = useTranslation();
  const { data } = useQuery(ScoringPreviewQuartiersDocument);
  useEffect(() => {
    if (value || !data) return;
    const busiest = busiestQuartier(data.neighbourhoods, data.neighbourhoodFigures, measure);
    if (busiest) onChange(busiest);
  }, [value, data, measure, onChange]);
  const options = [...(data?.neighbourhoods ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((quartier) => ({ value: quartier.id, label: quartier.name }));
  return (
    <Select
      label={t('scoringSettings.quartier')}
      description={t('scoringSettings.quartierHelp')}
      data={options}
      value={value}
      onChange={(id) => id && onChange(id)}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('scoringSettings.noQuartier')}
      maxDropdownHeight={280}
      data-testid={testId}
    />
  );
}
