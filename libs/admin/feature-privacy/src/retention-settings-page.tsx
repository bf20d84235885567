import { ApolloError, useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Container, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import type { PrivacySettingsFieldsFragment } from '@relais/admin-data-access';
import { PrivacySettingsDocument, UpdatePrivacySettingsDocument, errorCode } from '@relais/admin-data-access';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionDraft, RetentionField } from './retention-fields';
import { RETENTION_FIELDS, RETENTION_RANGES, daysAsYearsAndMonths, invalidRetentionFields, refusedRetentionFields } from './retention-fields';

/** « Conservation des données », for ADMIN: how long Relais keeps exact addresses, the audit log and unused accounts. */
export function RetentionSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PrivacySettingsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Container size={760} px={0} data-testid="retention-page">
      <Stack gap="lg">
        <div>
          <Title order={2}>{t('retention.title')}</Title>
          <Text c="dimmed">{t('retention.intro')}</Text>
        </div>
        {error && !data && (
          <Alert color="red" title={t('retention.loadFailed')} data-testid="retention-load-error">
            {t('retention.tryAgain')}
          </Alert>
        )}
        {loading && !data && <Loader aria-label={t('app.loading')} />}
        {data && <RetentionForm settings={data.privacySettings} />}
        <Text size="sm" c="dimmed">
          {t('retention.mails')}
        </Text>
      </Stack>
    </Container>
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
  const [showErrors, setShowErrors] = useState(false);
  const [refused, setRefused] = useState<RetentionField[]>([]);
  const [failure, setFailure] = useState<'forbidden' | 'failed' | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdatePrivacySettingsDocument);
  const invalid = showErrors ? invalidRetentionFields(draft) : [];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    setSaved(false);
    setRefused([]);
    setFailure(null);
    if (invalidRetentionFields(draft).length) return;
    try {
      await update({
        variables: {
          input: { addressRetentionDays: Number(draft.addressRetentionDays), auditRetentionDays: Number(draft.auditRetentionDays), inactiveAccountDays: Number(draft.inactiveAccountDays) },
        },
      });
      setSaved(true);
    } catch (caught) {
      // The server's words are for developers: each refusal is said in the page's own.
      const fields = caught instanceof ApolloError ? refusedRetentionFields(caught.graphQLErrors[0]?.extensions) : [];
      if (fields.length) setRefused(fields);
      else setFailure(errorCode(caught) === 'FORBIDDEN' ? 'forbidden' : 'failed');
    }
  };

  const duration = (days: number | string): string | null => {
    if (typeof days !== 'number' || days < 30) return null;
    const { years, months } = daysAsYearsAndMonths(days);
    const parts = [years ? t('retention.years', { count: years }) : null, months ? t('retention.months', { count: months }) : null].filter(Boolean);
    return t('retention.about', { duration: parts.join(t('retention.and')) });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="retention-form">
      <Stack gap="md">
        {RETENTION_FIELDS.map((field) => {
          const { min, max } = RETENTION_RANGES[field];
          const wrong = invalid.includes(field) || refused.includes(field);
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
                    setSaved(false);
                    setRefused((current) => current.filter((name) => name !== field));
                  }}
                  error={wrong ? t('retention.range', { min, max }) : null}
                  // The explanation reads across the card; the number needs little room.
                  styles={{ wrapper: { maxWidth: 240 } }}
                  data-testid={`retention-${field}`}
                />
                {!wrong && duration(draft[field]) && (
                  <Text size="xs" c="dimmed">
                    {duration(draft[field])}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
        {failure && (
          <Alert color="red" title={t('retention.saveFailed')} data-testid="retention-error">
            {t(failure === 'forbidden' ? 'retention.forbidden' : 'retention.tryAgain')}
          </Alert>
        )}
        {saved && (
          <Alert color="green" withCloseButton onClose={() => setSaved(false)} data-testid="retention-saved">
            {t('retention.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading} data-testid="retention-submit">
            {t('retention.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
