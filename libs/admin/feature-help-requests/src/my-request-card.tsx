import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { HelpRequestSummaryFragment } from '@relais/admin-data-access';
import { CancelHelpRequestDocument, CompleteHelpRequestDocument, errorMessage } from '@relais/admin-data-access';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { CategoryBadge } from './category-badge';
import { ConfirmButton } from './confirm-button';
import { StatusBadge } from './status-badge';
import { ThankVolunteerForm } from './thank-volunteer-form';
import { ThanksGiven } from './thanks-given';
import { useLocaleFormat } from './use-locale-format';

export interface MyRequestCardProps {
  request: HelpRequestSummaryFragment;
}

export function MyRequestCard({ request }: MyRequestCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const name = usePersonName();
  const [cancel, cancelling] = useMutation(CancelHelpRequestDocument);
  const [complete, completing] = useMutation(CompleteHelpRequestDocument);
  const failure = cancelling.error ?? completing.error;
  const { status, assignee } = request;
  const assigneeName = assignee ? name(assignee) : t('myRequests.aVolunteer');
  // The answers carry the request with its new status: Apollo's cache updates this card.
  const run = (action: () => Promise<unknown>) => action().catch(() => undefined);

  return (
    <Card withBorder padding="md" data-testid="my-request-row" data-status={status} data-request-id={request.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <CategoryBadge category={request.category} />
          <StatusBadge status={status} />
        </Group>
        <Text data-testid="my-request-description" style={{ whiteSpace: 'pre-line' }}>
          {request.description}
        </Text>
        <Text size="xs" c="dimmed">
          {t('requests.postedAt', { date: format.dateTime(request.createdAt) })}
          {request.neededBy && ` · ${t('requests.neededBy', { date: format.dateTime(request.neededBy) })}`}
        </Text>
        {request.address && (
          <Text size="sm" c="dimmed">
            {t('requests.address', { address: request.address })}
          </Text>
        )}
        <Text size="sm" fw={500} data-testid="my-request-state">
          {status === 'OPEN' && t('myRequests.waiting')}
          {status === 'ASSIGNED' && t('myRequests.takenBy', { name: assigneeName })}
          {status === 'DONE' && t('myRequests.doneBy', { name: assigneeName })}
          {status === 'EXPIRED' && t('myRequests.expired')}
          {status === 'CANCELLED' && t('myRequests.cancelled')}
        </Text>
        {failure && (
          <Alert color="red" title={t('myRequests.actionFailed')} data-testid="my-request-error">
            {errorMessage(failure)}
          </Alert>
        )}
        {(status === 'OPEN' || status === 'ASSIGNED') && (
          <Group gap="xs">
            {status === 'ASSIGNED' && (
              <Button
                size="xs"
                variant="light"
                loading={completing.loading}
                onClick={() => void run(() => complete({ variables: { id: request.id } }))}
                data-testid="my-request-complete"
              >
                {t('myRequests.markDone')}
              </Button>
            )}
            <ConfirmButton
              label={t('myRequests.cancel')}
              question={t('myRequests.cancelQuestion')}
              confirmLabel={t('myRequests.cancelConfirm')}
              loading={cancelling.loading}
              onConfirm={() => void run(() => cancel({ variables: { id: request.id } }))}
              testId="my-request-cancel"
            />
          </Group>
        )}
        {status === 'DONE' &&
          (request.thanksGiven ? (
            <ThanksGiven rating={request.thanksGiven.rating} message={request.thanksGiven.message} createdAt={request.thanksGiven.createdAt} />
          ) : (
            // A volunteer who erased their account can no longer be thanked (the API says VOLUNTEER_ERASED).
            !assignee?.erased && <ThankVolunteerForm requestId={request.id} volunteerName={assignee?.displayName ?? null} />
          ))}
      </Stack>
    </Card>
  );
}
