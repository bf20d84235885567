import { useMutation, useQuery } from '@apollo/client';
import { Alert, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CentralityMethod, LeaderSettingsFieldsFragment } from '@relais/admin-data-access';
import { LeaderSettingsSettingsDocument, UpdateLeaderSettingsDocument, errorCode, errorFields } from '@relais/admin-data-access';
import { SaveFooter, SectionPanel, useSettingsForm } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminOnly } from './admin-only';
import { ScoringSettingsFrame } from './scoring-settings-frame';
import { LeaderSettingsPreviewPanel } from './leader-settings-preview-panel';
import type { LeaderNumberField, LeaderSettingsDraft, LeaderSettingsError } from './leader-setting-fields';
import { LEADER_RANGES, LEADER_WEIGHT_FIELDS, invalidLeaderSettings, leaderSettingsDraft, leaderSettingsInput, leaderWeightShares, refusedLeaderSettings } from './leader-setting-fields';
import { WeightShare } from './weight-share';

/** « Réglages du classement des leaders », for ADMIN: how leader scores are computed, with their effect on one quartier before saving. */
export function LeaderSettingsPage() {
  return (
    <AdminOnly>
      <LeaderSettingsSettings />
    </AdminOnly>
  );
}

function LeaderSettingsSettings() {
  const { data, loading, error } = useQuery(LeaderSettingsSettingsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <ScoringSettingsFrame page="leaderSettings" testId="leader-settings-page" query={{ loading, error, loaded: !!data }}>
      {data && <LeaderSettingsForm saved={data.leaderSettings} />}
    </ScoringSettingsFrame>
  );
}

/** The prior fields, by their key in the page's wordings. */
const PRIOR_FIELDS: readonly [LeaderNumberField, 'ratingMean' | 'ratingCount' | 'reliabilityRate' | 'reliabilityTasks'][] = [
  ['priors.rating.mean', 'ratingMean'],
  ['priors.rating.count', 'ratingCount'],
  ['priors.reliability.rate', 'reliabilityRate'],
  ['priors.reliability.tasks', 'reliabilityTasks'],
];

interface LeaderSettingsFormProps {
  saved: LeaderSettingsFieldsFragment;
}

/** Mounted once the settings are loaded: it starts from the saved values, the preview beside it. */
function LeaderSettingsForm({ saved }: LeaderSettingsFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<LeaderSettingsDraft>(() => leaderSettingsDraft(saved));
  const [update, { loading }] = useMutation(UpdateLeaderSettingsDocument, { refetchQueries: ['LeaderSettingsSettings', 'LeaderSettingsPreview'] });
  const { wrong, changed, failure, saved: done, dismissSaved, onSubmit } = useSettingsForm<LeaderSettingsError>({
    invalidFields: () => invalidLeaderSettings(draft),
    save: () => update({ variables: { input: leaderSettingsInput(draft) } }),
    refusedFields: (caught) => refusedLeaderSettings(errorFields(caught)),
    failureOf: (caught) => (errorCode(caught) === 'FORBIDDEN' ? 'forbidden' : 'failed'),
  });
  const setNumber = (field: LeaderNumberField, value: number | string) => {
    setDraft((current) => ({ ...current, numbers: { ...current.numbers, [field]: value } }));
    changed(field, 'weights');
  };
  const decimalSeparator = i18n.language.startsWith('fr') ? ',' : '.';
  const shares = leaderWeightShares(draft);
  const numberField = (field: LeaderNumberField, label: string, help: string) => {
    const range = LEADER_RANGES[field];
    return (
      <NumberInput
        key={field}
        label={label}
        description={help}
        min={range.min}
        max={range.max}
        step={range.max <= 5 ? 0.1 : 1}
        clampBehavior="none"
        allowNegative={false}
        allowDecimal={!range.whole}
        decimalScale={range.whole ? 0 : 2}
        decimalSeparator={decimalSeparator}
        value={draft.numbers[field]}
        onChange={(value) => setNumber(field, value)}
        error={wrong(field) ? t(range.whole ? 'scoringSettings.wholeRange' : 'scoringSettings.range', { min: range.min, max: range.max }) : null}
        styles={{ root: { flex: 1 }, wrapper: { maxWidth: 160 } }}
        data-testid={`leader-${field.replace(/\./g, '-')}`}
      />
    );
  };
  const valid = invalidLeaderSettings(draft).length === 0;
  const initial = leaderSettingsDraft(saved);
  const unchanged = draft.centrality === initial.centrality && Object.entries(initial.numbers).every(([field, value]) => draft.numbers[field as LeaderNumberField] === value);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
      <form onSubmit={onSubmit} noValidate data-testid="leader-settings-form">
        <Stack gap="md">
          <SectionPanel title={t('leaderSettings.weightsTitle')} hint={t('leaderSettings.weightsHint')} testId="leader-weights">
            {LEADER_WEIGHT_FIELDS.map((name) => (
              <Group key={name} align="flex-start" justify="space-between" wrap="nowrap" gap="sm">
                {numberField(`weights.${name}`, t(`leaderComponents.${name}`), t(`leaderHints.${name}`))}
                <WeightShare share={shares?.[name] ?? null} testId={`leader-share-${name}`} />
              </Group>
            ))}
            {wrong('weights') && (
              <Alert color="red" role="alert" data-testid="leader-weights-all-zero">
                {t('scoringSettings.allZero')}
              </Alert>
            )}
          </SectionPanel>
          <SectionPanel title={t('leaderSettings.timeTitle')} testId="leader-time">
            {numberField('halfLifeDays', t('leaderSettings.fields.halfLifeDays.label'), t('leaderSettings.fields.halfLifeDays.help'))}
            <Stack gap={4}>
              <Text size="sm" fw={500} id="leader-centrality-label">
                {t('leaderSettings.fields.centrality.label')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('leaderSettings.fields.centrality.help')}
              </Text>
              <SegmentedControl
                aria-labelledby="leader-centrality-label"
                data={(['PAGERANK', 'LEADERRANK'] as const).map((method) => ({ value: method, label: t(`leaderSettings.centralityMethods.${method}`) }))}
                value={draft.centrality}
                onChange={(value) => {
                  setDraft((current) => ({ ...current, centrality: value as CentralityMethod }));
                  changed();
                }}
                style={{ alignSelf: 'flex-start' }}
                data-testid="leader-centrality"
              />
            </Stack>
          </SectionPanel>
          <SectionPanel title={t('leaderSettings.priorsTitle')} hint={t('leaderSettings.priorsHint')} testId="leader-priors">
            {PRIOR_FIELDS.map(([field, key]) => numberField(field, t(`leaderSettings.fields.${key}.label`), t(`leaderSettings.fields.${key}.help`)))}
          </SectionPanel>
          <SaveFooter
            failure={failure && { title: t('scoringSettings.saveFailed'), message: t(failure === 'forbidden' ? 'scoringSettings.forbidden' : 'scoringSettings.tryAgain'), testId: 'leader-settings-error' }}
            saved={done ? { message: t('leaderSettings.saved'), testId: 'leader-settings-saved', onClose: dismissSaved } : null}
            submitLabel={t('scoringSettings.submit')}
            loading={loading}
            submitTestId="leader-settings-submit"
          />
        </Stack>
      </form>
      <LeaderSettingsPreviewPanel settings={valid ? leaderSettingsInput(draft) : null} unchanged={unchanged} />
    </SimpleGrid>
  );
}
