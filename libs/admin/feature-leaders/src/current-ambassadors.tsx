import { useQuery } from '@apollo/client';
import { Anchor, Box, Divider, Group, Switch, Text } from '@mantine/core';
import type { AmbassadorsQuery } from '@relais/admin-data-access';
import { AmbassadorsDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { SectionPanel, usePersonName } from '@relais/admin-ui';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoteButton } from './demote-button';
import { leaderPersonPath } from './leader-paths';

export interface CurrentAmbassadorsProps {
  neighbourhoodId: string;
}

type Term = AmbassadorsQuery['ambassadors'][number];

/** Who relays the organisation in the quartier now, each removable with a reason; past terms on demand. */
export function CurrentAmbassadors({ neighbourhoodId }: CurrentAmbassadorsProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const name = usePersonName();
  const [includePast, setIncludePast] = useState(false);
  const { data, error, refetch } = useQuery(AmbassadorsDocument, { variables: { neighbourhoodId, includePast }, fetchPolicy: 'cache-and-network' });
  const terms = data?.ambassadors ?? [];
  const current = terms.filter((term) => !term.demotedAt);

  const since = (term: Term) =>
    term.promotedBy
      ? t('ambassador.sinceBy', { date: format.dateTime(term.promotedAt), name: name(term.promotedBy) })
      : t('ambassador.since', { date: format.dateTime(term.promotedAt) });

  return (
    <SectionPanel
      testId="current-ambassadors"
      title={t('ambassador.currentTitle')}
      loadError={error ? { title: t('ambassador.loadFailed'), error, onRetry: () => refetch() } : null}
    >
      {data && current.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="current-ambassadors-empty">
          {t('ambassador.currentEmpty')}
        </Text>
      )}
      {terms.map((term, index) => (
        <Fragment key={term.id}>
          {index > 0 && <Divider />}
          <Group justify="space-between" wrap="nowrap" align="flex-start" data-testid="ambassador-term" data-person-id={term.person.id} data-past={Boolean(term.demotedAt)}>
            <Box flex={1} miw={0}>
              <Anchor component={Link} to={leaderPersonPath(neighbourhoodId, term.person.id)} size="sm" fw={600} c={term.demotedAt ? 'dimmed' : undefined}>
                {term.person.displayName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {since(term)}
              </Text>
              {term.demotedAt && (
                <Text size="xs" c="dimmed">
                  {t('ambassador.ended', { date: format.dateTime(term.demotedAt) })}
                  {term.demotionReason && ` · ${t('ambassador.endedReason', { reason: term.demotionReason })}`}
                </Text>
              )}
            </Box>
            {!term.demotedAt && <DemoteButton person={term.person} neighbourhoodId={neighbourhoodId} />}
          </Group>
        </Fragment>
      ))}
      <Switch
        size="xs"
        label={t('ambassador.showPast')}
        checked={includePast}
        onChange={(event) => setIncludePast(event.currentTarget.checked)}
        data-testid="ambassadors-show-past"
      />
    </SectionPanel>
  );
}
