import { useMutation, useQuery } from '@apollo/client';
import { Alert, Anchor, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { CancelHelpRequestDocument, HelpRequestDetailsDocument, errorMessage } from '@relais/admin-data-access';
import { PageSkeleton, QueryError } from '@relais/admin-ui';
import { ConfirmButton, LiveBadge, isActiveStatus, useLiveHelpRequest } from '@relais/admin-feature-help-requests';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CandidateList } from './candidate-list';
import { queuePath } from './queue-path';
import { RequestHistory } from './request-history';
import { RequestPlaceMapOnDemand } from './request-maps-on-demand';
import { RequestSummary } from './request-summary';

export interface HelpRequestPageProps {
  id: string;
}

/** One request as its quartier's organiser sees it: the address, its history, who could take it. */
export function HelpRequestPage({ id }: HelpRequestPageProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HelpRequestDetailsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelling] = useMutation(CancelHelpRequestDocument);
  const [assignedTo, setAssignedTo] = useState<string | null>(null);
  const request = data?.helpRequest ?? null;
  // Someone may take it while the organiser reads: the page follows, history included.
  useLiveHelpRequest(id, Boolean(request && isActiveStatus(request.status)), () => void refetch());

  if (error) {
    return (
      <QueryError error={error} onRetry={() => refetch()} title={t('request.loadFailed')} testId="request-error" />
    );
  }
  if (!data && loading) {
    return (
      <PageSkeleton />
    );
  }
  if (!request) {
    return (
      <Alert color="orange" data-testid="request-not-found">
        {t('request.notFound')}
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to={queuePath(request.neighbourhood?.id ?? null)} size="sm" data-testid="request-back">
        {t('request.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('request.title')}</Title>
        <LiveBadge />
      </Group>
      {assignedTo && (
        <Alert color="green" withCloseButton onClose={() => setAssignedTo(null)} data-testid="request-assigned">
          {t('request.assigned', { name: assignedTo })}
        </Alert>
      )}
      {cancelling.error && (
        <Alert color="red" title={t('request.cancelFailed')}>
          {errorMessage(cancelling.error)}
        </Alert>
      )}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="sm">
                <RequestSummary request={request} />
                {isActiveStatus(request.status) && (
                  <Group>
                    <ConfirmButton
                      label={t('request.cancel')}
                      question={t('request.cancelQuestion')}
                      confirmLabel={t('request.cancelConfirm')}
                      loading={cancelling.loading}
                      onConfirm={() => void cancel({ variables: { id } }).catch(() => undefined)}
                      testId="request-cancel"
                    />
                  </Group>
                )}
              </Stack>
            </Paper>
            {request.status === 'OPEN' && (
              <CandidateList
                requestId={id}
                onAssigned={(name) => {
                  setAssignedTo(name);
                  void refetch();
                }}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <RequestPlaceMapOnDemand requestId={id} open={request.status === 'OPEN'} />
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3} size="h4">
                  {t('request.history')}
                </Title>
                <RequestHistory events={request.events} />
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
