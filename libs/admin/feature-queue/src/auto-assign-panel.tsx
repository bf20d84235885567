import { useLazyQuery, useMutation } from '@apollo/client';
import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { AutoAssignDocument, AutoAssignPreviewDocument, errorMessage } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';

export interface AutoAssignPanelProps {
  neighbourhoodId: string;
}

/**
 * The optimal assignment of a quartier's open requests: first a preview with its total score
 * (beside what picking the best pair first would give), then, once confirmed, the real thing.
 * Key it by quartier: a preview belongs to the quartier it was made for.
 */
export function AutoAssignPanel({ neighbourhoodId }: AutoAssignPanelProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [loadPreview, preview] = useLazyQuery(AutoAssignPreviewDocument, { fetchPolicy: 'network-only' });
  const [autoAssign, confirmed] = useMutation(AutoAssignDocument, { refetchQueries: ['DeskQueue', 'OpenRequestPlaces'] });
  const plan = confirmed.data ? null : preview.data?.autoAssignPreview;
  const failure = preview.error ?? confirmed.error;

  const showPreview = () => {
    confirmed.reset();
    void loadPreview({ variables: { neighbourhoodId } });
  };
  const confirm = async () => {
    try {
      await autoAssign({ variables: { neighbourhoodId } });
    } catch {
      // Shown from the mutation's `error` below.
    }
  };

  return (
    <Paper withBorder p="md" data-testid="auto-assign">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('autoAssign.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('autoAssign.intro')}
        </Text>
        <Group>
          <Button variant="light" onClick={showPreview} loading={preview.loading} data-testid="auto-assign-open">
            {preview.data ? t('autoAssign.refresh') : t('autoAssign.preview')}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" title={t('autoAssign.failed')} data-testid="auto-assign-error">
            {errorMessage(failure)}
          </Alert>
        )}
        {plan && !preview.loading && (
          <Stack gap="xs" data-testid="auto-assign-preview">
            <Text fw={600} data-testid="auto-assign-total" data-total={plan.totalScore}>
              {t('autoAssign.total', { total: format.score(plan.totalScore) })}
            </Text>
            <Text size="sm" c="dimmed" data-testid="auto-assign-greedy" data-total={plan.greedyTotalScore}>
              {t('autoAssign.greedy', { total: format.score(plan.greedyTotalScore) })}
            </Text>
            {plan.unmatched > 0 && (
              <Text size="sm" c="orange" data-testid="auto-assign-unmatched">
                {t('autoAssign.unmatched', { count: plan.unmatched })}
              </Text>
            )}
            {plan.pairs.length === 0 ? (
              <Text size="sm" data-testid="auto-assign-none">
                {t('autoAssign.noPairs')}
              </Text>
            ) : (
              <Table verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('autoAssign.request')}</Table.Th>
                    <Table.Th>{t('autoAssign.volunteer')}</Table.Th>
                    <Table.Th ta="right">{t('autoAssign.score')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.pairs.map((pair) => (
                    <Table.Tr key={pair.helpRequest.id} data-testid="auto-assign-pair" data-request-id={pair.helpRequest.id}>
                      <Table.Td>
                        <Text size="xs" lineClamp={2} title={t(`categories.${pair.helpRequest.category}`)}>
                          {pair.helpRequest.description}
                        </Text>
                      </Table.Td>
                      <Table.Td>{pair.volunteer.displayName}</Table.Td>
                      <Table.Td ta="right">{format.score(pair.score)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Group>
              <Button onClick={() => void confirm()} loading={confirmed.loading} disabled={plan.pairs.length === 0} data-testid="auto-assign-confirm">
                {t('autoAssign.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
        {confirmed.data && (
          <Alert color="green" title={t('autoAssign.done', { count: confirmed.data.autoAssign.length })} data-testid="auto-assign-result">
            <List size="sm" spacing={2}>
              {confirmed.data.autoAssign.map((request) => (
                <List.Item key={request.id} data-testid="auto-assign-result-row" data-request-id={request.id} data-status={request.status}>
                  {t('autoAssign.assignedTo', { description: request.description, name: request.assignee?.displayName ?? t('queue.none') })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
