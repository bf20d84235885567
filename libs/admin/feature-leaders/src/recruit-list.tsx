import { Badge, Group } from '@mantine/core';
import { SectionPanel } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { neighbourhoodLeadersPath } from './leader-paths';
import type { NeighbourhoodLeaders } from './overview-groups';

export interface RecruitListProps {
  rows: readonly NeighbourhoodLeaders[];
}

/** Quartiers where nobody agreed to be ranked: no leader can emerge there until organisers recruit. */
export function RecruitList({ rows }: RecruitListProps) {
  const { t } = useTranslation();
  return (
    <SectionPanel
      testId="leaders-recruit"
      title={t('leaders.recruitTitle')}
      hint={rows.length === 0 ? t('leaders.recruitNone') : t('leaders.recruitIntro')}
    >
      {rows.length > 0 && (
        <Group gap="xs">
          {rows.map(({ neighbourhood, volunteers }) => (
            <Badge
              key={neighbourhood.id}
              component={Link}
              to={neighbourhoodLeadersPath(neighbourhood.id)}
              variant="outline"
              color="orange"
              tt="none"
              style={{ cursor: 'pointer' }}
              data-testid="recruit-neighbourhood"
              data-neighbourhood-id={neighbourhood.id}
            >
              {neighbourhood.name} · {t('leaders.recruitVolunteers', { count: volunteers })}
            </Badge>
          ))}
        </Group>
      )}
    </SectionPanel>
  );
}
