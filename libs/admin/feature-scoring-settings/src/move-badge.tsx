import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Move } from './preview-moves';

const COLOURS: Record<Exclude<Move['kind'], 'same'>, string> = { up: 'teal', down: 'orange', in: 'blue', out: 'red' };

export interface MoveBadgeProps {
  move: Move;
}

/** A place's move in a preview, short on the badge and in words for screen readers; nothing for a place that stays. */
export function MoveBadge({ move }: MoveBadgeProps) {
  const { t } = useTranslation();
  if (move.kind === 'same') return null;
  const by = 'by' in move ? move.by : 0;
  return (
    <Badge color={COLOURS[move.kind]} variant="light" aria-label={t(`scoringSettings.moves.${move.kind}Label`, { by })} data-move={move.kind} style={{ flexShrink: 0 }}>
      {t(`scoringSettings.moves.${move.kind}`, { by })}
    </Badge>
  );
}
