import { Badge } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { AGE_COLOURS, ageLevel } from './request-age';

export interface AgeBadgeProps {
  createdAt: string;
  now: Date;
  /** Only a request still waiting is coloured by its wait; the others are grey. */
  waiting: boolean;
}

export function AgeBadge({ createdAt, now, waiting }: AgeBadgeProps) {
  const format = useLocaleFormat();
  const level = ageLevel(new Date(createdAt), now);
  return (
    <Badge miw="max-content" color={waiting ? AGE_COLOURS[level] : 'gray'} variant={waiting ? 'filled' : 'light'} data-testid="queue-age" data-age={level}>
      {format.ago(createdAt, now)}
    </Badge>
  );
}
