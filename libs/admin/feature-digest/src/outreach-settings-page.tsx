import { useMutation, useQuery } from '@apollo/client';
import { NumberInput, Paper, Select, Stack } from '@mantine/core';
import type { OutreachSettingsFieldsFragment } from '@relais/admin-data-access';
import { OutreachSettingsDocument, UpdateOutreachSettingsDocument, errorCode, errorFields, errorMessage } from '@relais/admin-data-access';
import { SaveFooter, SettingsPageLayout, useSettingsForm } from '@relais/admin-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachDraft, OutreachField } from './outreach-fields';
import { OUTREACH_RANGES, hourLabel, invalidOutreachFields, refusedOutreachFields, timeZoneChoices, weekdayName } from './outreach-fields';
import { RunDigestSection } from './run-digest-section';

/** « Récap et campagnes », for ADMIN: when the weekly digest goes out, the ambassadors' weekly cap, and the digest sent now. */
export function OutreachSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OutreachSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const loadFailure = error && !data ? { title: t('outreach.loadFailed'), message: errorCode(error) === 'FORBIDDEN' ? t('outreach.forbidden') : errorMessage(error), testId: 'outreach-load-error', onRetry: () => refetch() } : null;
  return (
    <SettingsPageLayout title={t('outreach.title')} intro={t('outreach.intro')} testId="outreach-page" loadFailure={loadFailure} loadingLabel={loading && !data ? t('app.loading') : null}>
      {data && <OutreachForm settings={data.outreachSettings} />}
      {data && <RunDigestSection />}
    </SettingsPageLayout>
  );
}

interface OutreachFormProps {
  settings: OutreachSettingsFieldsFragment;
}

/** Mounted once the settings are loaded: it starts from the saved values. */
function OutreachForm({ settings }: OutreachFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<OutreachDraft>({
    digestWeekday: settings.digestWeekday,
    digestHour: settings.digestHour,
    digestTimeZone: settings.digestTimeZone,
    ambassadorWeeklyCap: settings.ambassadorWeeklyCap,
  });
  const [update, { loading }] = useMutation(UpdateOutreachSettingsDocument);
  const { wrong, changed, failure, saved, dismissSaved, onSubmit } = useSettingsForm<OutreachField>({
    invalidFields: () => invalidOutreachFields(draft),
    save: () => {
      const { digestWeekday, digestHour, digestTimeZone, ambassadorWeeklyCap } = draft;
      return update({ variables: { input: { digestWeekday, digestHour, digestTimeZone, ambassadorWeeklyCap: Number(ambassadorWeeklyCap) } } });
    },
    refusedFields: (caught) => refusedOutreachFields(errorFields(caught)),
    failureOf: (caught) => (errorCode(caught) === 'FORBIDDEN' ? 'forbidden' : 'failed'),
  });
  const rangeError = (field: Exclude<OutreachField, 'digestTimeZone'>) => (wrong(field) ? t('outreach.range', OUTREACH_RANGES[field]) : null);

  const change = (patch: Partial<OutreachDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    changed(...(Object.keys(patch) as OutreachField[]));
  };
  const field = (name: OutreachField) => ({
    label: t(`outreach.fields.${name}.label`),
    description: t(`outreach.fields.${name}.help`),
    // The explanation reads across the card; the value needs little room.
    styles: { wrapper: { maxWidth: 260 } },
    'data-testid': `outreach-${name}`,
  });


  const days = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: String(day), label: weekdayName(day, i18n.language) }));
  const hours = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour, i18n.language) }));
  const zones = timeZoneChoices(settings.digestTimeZone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));

  return (
    <form onSubmit={onSubmit} noValidate data-testid="outreach-form">
      <Stack gap="md">
        <Paper withBorder p="md">
          <Stack gap="md">
            <Select
              {...field('digestWeekday')}
              data={days}
              value={String(draft.digestWeekday)}
              onChange={(value) => value && change({ digestWeekday: Number(value) })}
              allowDeselect={false}
              error={rangeError('digestWeekday')}
            />
            <Select
              {...field('digestHour')}
              data={hours}
              value={String(draft.digestHour)}
              onChange={(value) => value && change({ digestHour: Number(value) })}
              allowDeselect={false}
              maxDropdownHeight={240}
              error={rangeError('digestHour')}
            />
            <Select
              {...field('digestTimeZone')}
              data={zones}
              value={draft.digestTimeZone}
              onChange={(value) => value && change({ digestTimeZone: value })}
              allowDeselect={false}
              error={wrong('digestTimeZone') ? t('outreach.chooseZone') : null}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <NumberInput
            {...field('ambassadorWeeklyCap')}
            min={OUTREACH_RANGES.ambassadorWeeklyCap.min}
            max={OUTREACH_RANGES.ambassadorWeeklyCap.max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={draft.ambassadorWeeklyCap}
            onChange={(value) => change({ ambassadorWeeklyCap: value })}
            error={rangeError('ambassadorWeeklyCap')}
          />
        </Paper>
        <SaveFooter
          failure={failure && { title: t('outreach.saveFailed'), message: t(failure === 'forbidden' ? 'outreach.forbidden' : 'outreach.tryAgain'), testId: 'outreach-error' }}
          saved={saved ? { message: t('outreach.saved'), testId: 'outreach-saved', onClose: dismissSaved } : null}
          submitLabel={t('outreach.submit')}
          loading={loading}
          submitTestId="outreach-submit"
        />
      </Stack>
    </form>
  );
}
