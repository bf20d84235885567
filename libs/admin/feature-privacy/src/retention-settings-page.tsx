import { ApolloError, useMutation, useQuery } from '@apollo/client';
import { NumberInput, Paper, Stack, Text } from '@mantine/core';
import type { PrivacySettingsFieldsFragment } from '@relais/admin-data-access';
import { PrivacySettingsDocument, UpdatePrivacySettingsDocument, errorCode, errorMessage } from '@relais/admin-data-access';
import { SaveFooter, SettingsPageLayout, useSettingsForm } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionDraft, RetentionField } from './retention-fields';
import { RETENTION_FIELDS, RETENTION_RANGES, daysAsYearsAndMonths, invalidRetentionFields, refusedRetentionFields } from './retention-fields';

/** « Conservation des données », for ADMIN: how long Relais keeps exact addresses, the audit log and unused accounts. */
export function RetentionSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PrivacySettingsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <SettingsPageLayout
      title={t('retention.title')}
      intro={t('retention.intro')}
      testId="retention-page"
      loadFailure={error && !data ? { title: t('retention.loadFailed'), message: errorMessage(error), testId: 'retention-load-error', onRetry: () => refetch() } : null}
      loadingLabel={loading && !data ? t('app.loading') : null}
    >
      {data && <RetentionForm settings={data.privacySettings} />}
      <Text size="sm" c="dimmed">
        {t('retention.mails')}
      </Text>
    </SettingsPageLayout>
  );
}

interface RetentionFormProps {
  settings: PrivacySettingsFieldsFragment;
}

/** Mounted once the settings are loaded: it starts from the saved values. */
function RetentionForm({ settings }: RetentionFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RetentionDraft>({
    addressRetentionDays: settings.addressRetentionDays,
    auditRetentionDays: settings.auditRetentionDays,
    inactiveAccountDays: settings.inactiveAccountDays,
  });
  const [update, { loading }] = useMutation(UpdatePrivacySettingsDocument);
  const { wrong, changed, failure, saved, dismissSaved, onSubmit } = useSettingsForm<RetentionField>({
    invalidFields: () => invalidRetentionFields(draft),
    save: () =>
      update({
        variables: {
          input: { addressRetentionDays: Number(draft.addressRetentionDays), auditRetentionDays: Number(draft.auditRetentionDays), inactiveAccountDays: Number(draft.inactiveAccountDays) },
        },
      }),
    // The server's words are for developers: each refusal is said in the page's own.
    refusedFields: (caught) => (caught instanceof ApolloError ? refusedRetentionFields(caught.graphQLErrors[0]?.extensions) : []),
    failureOf: (caught) => (errorCode(caught) === 'FORBIDDEN' ? 'forbidden' : 'failed'),
  });

  const duration = (days: number | string): string | null => {
    if (typeof days !== 'number' || days < 30) return null;
    const { years, months } = daysAsYearsAndMonths(days);
    const parts = [years ? t('retention.years', { count: years }) : null, months ? t('retention.months', { count: months }) : null].filter(Boolean);
    return t('retention.about', { duration: parts.join(t('retention.and')) });
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="retention-form">
      <Stack gap="md">
        {RETENTION_FIELDS.map((field) => {
          const { min, max } = RETENTION_RANGES[field];
          const isWrong = wrong(field);
          return (
            <Paper key={field} withBorder p="md">
              <Stack gap={4}>
                <NumberInput
                  label={t(`retention.fields.${field}.label`)}
                  description={t(`retention.fields.${field}.help`)}
                  min={min}
                  max={max}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft[field]}
                  onChange={(value) => {
                    setDraft((current) => ({ ...current, [field]: value }));
                    changed(field);
                  }}
                  error={isWrong ? t('retention.range', { min, max }) : null}
                  // The explanation reads across the card; the number needs little room.
                  styles={{ wrapper: { maxWidth: 240 } }}
                  data-testid={`retention-${field}`}
                />
                {!isWrong && duration(draft[field]) && (
                  <Text size="xs" c="dimmed">
                    {duration(draft[field])}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
        <SaveFooter
          failure={failure && { title: t('retention.saveFailed'), message: t(failure === 'forbidden' ? 'retention.forbidden' : 'retention.tryAgain'), testId: 'retention-error' }}
          saved={saved ? { message: t('retention.saved'), testId: 'retention-saved', onClose: dismissSaved } : null}
          submitLabel={t('retention.submit')}
          loading={loading}
          submitTestId="retention-submit"
        />
      </Stack>
    </form>
  );
}
