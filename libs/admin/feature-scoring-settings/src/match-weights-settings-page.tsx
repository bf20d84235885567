import { useMutation, useQuery } from '@apollo/client';
import { Alert, Group, NumberInput, Paper, SimpleGrid, Stack } from '@mantine/core';
import type { MatchWeightsFieldsFragment } from '@relais/admin-data-access';
import { MatchWeightsSettingsDocument, UpdateMatchWeightsDocument, errorCode, errorFields } from '@relais/admin-data-access';
import { SaveFooter, useSettingsForm } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminOnly } from './admin-only';
import { ScoringSettingsFrame } from './scoring-settings-frame';
import { MatchWeightsPreviewPanel } from './match-weights-preview-panel';
import type { MatchWeightField, MatchWeightsDraft, MatchWeightsError } from './match-weight-fields';
import { MATCH_WEIGHT_FIELDS, MATCH_WEIGHT_RANGE, invalidMatchWeights, matchWeightsDraft, matchWeightsInput, refusedMatchWeights } from './match-weight-fields';
import { sharesOf } from './number-range';
import { WeightShare } from './weight-share';

/** « Réglages de la mise en relation », for ADMIN: the weight of each matching criterion, with their effect on one quartier before saving. */
export function MatchWeightsSettingsPage() {
  return (
    <AdminOnly>
      <MatchWeightsSettings />
    </AdminOnly>
  );
}

function MatchWeightsSettings() {
  const { data, loading, error } = useQuery(MatchWeightsSettingsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <ScoringSettingsFrame page="matchSettings" testId="match-settings-page" query={{ loading, error, loaded: !!data }}>
      {data && <MatchWeightsForm saved={data.matchWeights} />}
    </ScoringSettingsFrame>
  );
}

interface MatchWeightsFormProps {
  saved: MatchWeightsFieldsFragment;
}

/** Mounted once the weights are loaded: it starts from the saved values, the preview beside it. */
function MatchWeightsForm({ saved }: MatchWeightsFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<MatchWeightsDraft>(() => matchWeightsDraft(saved));
  const [update, { loading }] = useMutation(UpdateMatchWeightsDocument, { refetchQueries: ['MatchWeightsSettings', 'MatchWeightsPreview'] });
  const { wrong, changed, failure, saved: done, dismissSaved, onSubmit } = useSettingsForm<MatchWeightsError>({
    invalidFields: () => invalidMatchWeights(draft),
    save: () => update({ variables: { input: matchWeightsInput(draft) } }),
    refusedFields: (caught) => refusedMatchWeights(errorFields(caught)),
    failureOf: (caught) => (errorCode(caught) === 'FORBIDDEN' ? 'forbidden' : 'failed'),
  });
  const shares = sharesOf(draft, MATCH_WEIGHT_RANGE);
  const change = (field: MatchWeightField, value: number | string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    changed(field, 'weights');
  };
  const valid = invalidMatchWeights(draft).length === 0;
  const unchanged = MATCH_WEIGHT_FIELDS.every((field) => draft[field] === saved[field]);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
      <form onSubmit={onSubmit} noValidate data-testid="match-settings-form">
        <Stack gap="md">
          <Paper withBorder p="md">
            <Stack gap="md">
              {MATCH_WEIGHT_FIELDS.map((field) => (
                <Group key={field} align="flex-start" justify="space-between" wrap="nowrap" gap="sm">
                  <NumberInput
                    label={t(`scoreComponents.${field}`)}
                    description={t(`matchSettings.fields.${field}`)}
                    min={MATCH_WEIGHT_RANGE.min}
                    max={MATCH_WEIGHT_RANGE.max}
                    clampBehavior="none"
                    allowNegative={false}
                    decimalScale={2}
                    step={1}
                    value={draft[field]}
                    onChange={(value) => change(field, value)}
                    error={wrong(field) ? t('scoringSettings.range', { min: MATCH_WEIGHT_RANGE.min, max: MATCH_WEIGHT_RANGE.max }) : null}
                    decimalSeparator={i18n.language.startsWith('fr') ? ',' : '.'}
                    // The explanation reads across the card; the value needs little room.
                    styles={{ root: { flex: 1 }, wrapper: { maxWidth: 160 } }}
                    data-testid={`match-weight-${field}`}
                  />
                  <WeightShare share={shares?.[field] ?? null} testId={`match-share-${field}`} />
                </Group>
              ))}
            </Stack>
          </Paper>
          {wrong('weights') && (
            <Alert color="red" role="alert" data-testid="match-weights-all-zero">
              {t('scoringSettings.allZero')}
            </Alert>
          )}
          <SaveFooter
            failure={failure && { title: t('scoringSettings.saveFailed'), message: t(failure === 'forbidden' ? 'scoringSettings.forbidden' : 'scoringSettings.tryAgain'), testId: 'match-settings-error' }}
            saved={done ? { message: t('matchSettings.saved'), testId: 'match-settings-saved', onClose: dismissSaved } : null}
            submitLabel={t('scoringSettings.submit')}
            loading={loading}
            submitTestId="match-settings-submit"
          />
        </Stack>
      </form>
      <MatchWeightsPreviewPanel weights={valid ? matchWeightsInput(draft) : null} unchanged={unchanged} />
    </SimpleGrid>
  );
}
