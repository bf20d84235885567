import { Anchor, Text } from '@mantine/core';
import type { AuditLogQuery } from '@relais/admin-data-access';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';

type AuditEntryRow = AuditLogQuery['auditLog']['items'][number];

export interface AuditActorProps {
  entry: Pick<AuditEntryRow, 'actor' | 'actorRef'>;
  /** Shows what this actor did. */
  onFilter: (personId: string) => void;
}

/** Who wrote an audit entry: a name to filter by, an erased person with their pseudonym, or the system. */
export function AuditActor({ entry: { actor, actorRef }, onFilter }: AuditActorProps) {
  const { t } = useTranslation();
  const name = usePersonName();
  const ref = actorRef?.slice(0, 8);
  if (actor && !actor.erased) {
    return (
      <Anchor component="button" size="sm" title={t('audit.byThem')} onClick={() => onFilter(actor.id)}>
        {actor.displayName}
      </Anchor>
    );
  }
  // One placeholder stands for every erased person: filtering by it would mix them all, so only
  // their pseudonym tells them apart.
  if (actor) {
    return (
      <Text size="sm" data-testid="audit-actor-erased">
        {name(actor)}
        {ref && (
          <Text span size="xs" c="dimmed" ff="monospace">
            {` ${ref}`}
          </Text>
        )}
      </Text>
    );
  }
  return <Text size="sm">{ref ? t('audit.erased', { ref }) : t('audit.system')}</Text>;
}
