import { useQuery } from '@apollo/client';
import { Anchor, Center, Loader, Text } from '@mantine/core';
import { MyLeaderStandingDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { ScoreBreakdownBar } from '@relais/admin-feature-score-breakdown';
import { SectionPanel } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { ComponentExplanations } from './component-explanations';
import { standingState } from './standing-state';
import { useLeaderPalette } from './use-leader-palette';

export interface MyStandingCardProps {
  /** The id of the page's consents card, where the ranking consent is given or withdrawn. */
  consentsAnchor: string;
}

/** "Mon rayonnement": the volunteer's own place among their quartier's leaders, and where to say whether they want one. */
export function MyStandingCard({ consentsAnchor }: MyStandingCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const palette = useLeaderPalette();
  const { data, loading, error, refetch } = useQuery(MyLeaderStandingDocument, { fetchPolicy: 'cache-and-network' });
  const consent = data?.me?.rankingConsent ?? false;
  const score = data?.myLeaderScore ?? null;
  const state = standingState(consent, score !== null);

  return (
    <SectionPanel
      testId="my-standing"
      title={t('standing.title')}
      hint={t('standing.intro')}
      loadError={error ? { title: t('standing.loadFailed'), error, onRetry: () => refetch() } : null}
      state={data ? state : undefined}
    >
      {!data && loading && (
        <Center h={80}>
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      {data && (
        // One place to give or withdraw a consent, with the wording its ledger records: « Mes consentements ».
        <Text size="sm" data-testid="my-standing-consent" data-consent={consent}>
          {t(consent ? 'standing.consentGiven' : 'standing.consentNotGiven')}{' '}
          <Anchor href={`#${consentsAnchor}`} data-testid="my-standing-consent-link">
            {t('standing.consentChange')}
          </Anchor>
        </Text>
      )}
      {data && state === 'ranked' && score && (
        <>
          <Text fw={600} data-testid="my-standing-place">
            {t('standing.place', { rank: score.rank, neighbourhood: score.neighbourhood.name, score: format.score(score.score) })}
          </Text>
          <ScoreBreakdownBar parts={score.components} palette={palette} />
          <ComponentExplanations parts={score.components} facts={score.facts} voice="mine" />
          <Text size="xs" c="dimmed">
            {t('standing.computedAt', { date: format.dateTime(score.computedAt) })}
          </Text>
        </>
      )}
      {data && state !== 'ranked' && (
        <Text size="sm" c="dimmed" data-testid="my-standing-reason">
          {t(`standing.${state}`)}
        </Text>
      )}
    </SectionPanel>
  );
}
