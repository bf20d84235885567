import { useMutation, useQuery } from '@apollo/client';
import { Alert, Center, Divider, Loader, Text } from '@mantine/core';
import { AssignHelpRequestDocument, MatchCandidatesDocument, errorMessage } from '@relais/admin-data-access';
import { ScoreLegend } from '@relais/admin-feature-score-breakdown';
import { SectionPanel } from '@relais/admin-ui';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateRow } from './candidate-row';
import { useMatchPalette } from './use-match-palette';

export interface CandidateListProps {
  requestId: string;
  onAssigned: (volunteerName: string) => void;
}

const CANDIDATES = 10;

/** The volunteers who could take the request, best first, each rank explained, each assignable. */
export function CandidateList({ requestId, onAssigned }: CandidateListProps) {
  const { t } = useTranslation();
  const palette = useMatchPalette();
  const { data, loading, error, refetch } = useQuery(MatchCandidatesDocument, {
    variables: { requestId, first: CANDIDATES },
    fetchPolicy: 'network-only',
  });
  // The queue asks again when it mounts (cache-and-network): nothing to refetch from here.
  const [assign, assigning] = useMutation(AssignHelpRequestDocument);
  const [assigningId, setAssigningId] = useState<string | null>(null);
  const candidates = data?.matchCandidates ?? [];

  const onAssign = async (volunteerId: string, name: string) => {
    setAssigningId(volunteerId);
    try {
      await assign({ variables: { id: requestId, volunteerId } });
      onAssigned(name);
    } catch {
      // Shown from the mutation's `error` below.
    } finally {
      setAssigningId(null);
    }
  };

  return (
    <SectionPanel
      testId="candidates"
      title={t('request.candidates')}
      hint={t('request.candidatesHint')}
      loadError={error ? { title: t('request.candidatesFailed'), error, onRetry: () => refetch() } : null}
    >
      {assigning.error && (
        <Alert color="red" title={t('request.assignFailed')} data-testid="candidate-assign-error">
          {errorMessage(assigning.error)}
        </Alert>
      )}
      {loading && !data && (
        <Center h={100}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {data && candidates.length === 0 && (
        <Text c="dimmed" data-testid="candidates-empty">
          {t('request.noCandidates')}
        </Text>
      )}
      {candidates[0] && <ScoreLegend parts={candidates[0].components} palette={palette} />}
      {candidates.map((candidate, index) => (
        <Fragment key={candidate.volunteer.id}>
          {index > 0 && <Divider />}
          <CandidateRow
            candidate={candidate}
            rank={index + 1}
            assigning={assigningId === candidate.volunteer.id}
            disabled={assigningId !== null}
            onAssign={() => void onAssign(candidate.volunteer.id, candidate.volunteer.displayName)}
          />
        </Fragment>
      ))}
    </SectionPanel>
  );
}
