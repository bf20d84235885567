import { Badge, Group } from '@mantine/core';
import type { IdeaCardFragment } from '@relais/admin-data-access';
import { useTranslation } from 'react-i18next';

const STATUS_COLOURS = { ADOPTED: 'teal', HIDDEN: 'gray' } as const;

export interface IdeaBadgesProps {
  idea: Pick<IdeaCardFragment, 'status' | 'neighbourhood'>;
}

/** What the idea is about (a quartier or the whole city) and, once moderated, what became of it. */
export function IdeaBadges({ idea }: IdeaBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color="indigo" data-testid="idea-quartier">
        {idea.neighbourhood?.name ?? t('ideas.quartier.wholeCity')}
      </Badge>
      {idea.status !== 'OPEN' && (
        <Badge variant="filled" color={STATUS_COLOURS[idea.status]} data-testid="idea-status">
          {t(`ideas.status.${idea.status}`)}
        </Badge>
      )}
    </Group>
  );
}
