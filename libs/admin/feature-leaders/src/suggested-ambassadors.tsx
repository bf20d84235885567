import { useQuery } from '@apollo/client';
import { Anchor, Box, Group, Text } from '@mantine/core';
import { SuggestedAmbassadorsDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { SectionPanel } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { leaderPersonPath } from './leader-paths';
import { PromoteButton } from './promote-button';

export interface SuggestedAmbassadorsProps {
  neighbourhood: { id: string; name: string };
}

const SUGGESTIONS = 5;

/** The best ranked who are not ambassadors yet: whom to ask first. */
export function SuggestedAmbassadors({ neighbourhood }: SuggestedAmbassadorsProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { data, error, refetch } = useQuery(SuggestedAmbassadorsDocument, {
    variables: { neighbourhoodId: neighbourhood.id, first: SUGGESTIONS },
    fetchPolicy: 'cache-and-network',
  });
  const suggestions = data?.suggestedAmbassadors ?? [];
  return (
    <SectionPanel
      testId="suggested-ambassadors"
      title={t('ambassador.suggestedTitle')}
      hint={t('ambassador.suggestedHint')}
      loadError={error ? { title: t('ambassador.loadFailed'), error, onRetry: () => refetch() } : null}
    >
      {data && suggestions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ambassador.suggestedEmpty')}
        </Text>
      )}
      {suggestions.map((suggestion) => (
        <Group key={suggestion.person.id} justify="space-between" wrap="nowrap" data-testid="suggested-ambassador" data-person-id={suggestion.person.id}>
          <Box flex={1} miw={0}>
            <Anchor component={Link} to={leaderPersonPath(neighbourhood.id, suggestion.person.id)} size="sm" fw={600}>
              {suggestion.person.displayName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('leaders.rankScore', { rank: suggestion.rank, score: format.score(suggestion.score) })}
            </Text>
          </Box>
          <PromoteButton person={suggestion.person} neighbourhood={neighbourhood} />
        </Group>
      ))}
    </SectionPanel>
  );
}
