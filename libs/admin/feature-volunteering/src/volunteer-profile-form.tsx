import { useMutation } from '@apollo/client';
import { Alert, Button, Group, MultiSelect, NumberInput, Stack, Switch, TagsInput } from '@mantine/core';
import type { HelpCategory, VolunteerProfileFieldsFragment } from '@relais/admin-data-access';
import { UpdateVolunteerProfileDocument, errorMessage, fieldErrorMessages } from '@relais/admin-data-access';
import { HELP_CATEGORIES, isHelpCategory } from '@relais/admin-feature-help-requests';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WeeklyAvailabilityEditor } from './weekly-availability-editor';
import type { SlotDraft, WeeklySlotValue } from './weekly-slots';
import { minutesToTime, newSlotKey, slotFromDraft } from './weekly-slots';

export interface VolunteerProfileFormProps {
  profile: VolunteerProfileFieldsFragment;
}

// The API's bounds, so the inputs refuse what it would.
const RADIUS = { min: 100, max: 50_000, step: 100 };
const CAPACITY = { min: 1, max: 20 };

/** Mount it once the profile is loaded: it starts from the saved values. */
export function VolunteerProfileForm({ profile }: VolunteerProfileFormProps) {
  const { t } = useTranslation();
  const [skills, setSkills] = useState<HelpCategory[]>(profile.skills);
  const [subjects, setSubjects] = useState<string[]>(profile.subjects);
  const [levels, setLevels] = useState<string[]>(profile.levels);
  const [radius, setRadius] = useState<number>(profile.travelRadiusMeters);
  const [capacity, setCapacity] = useState<number>(profile.maxActiveRequests);
  const [paused, setPaused] = useState(!profile.active);
  const [slots, setSlots] = useState<SlotDraft[]>(() =>
    (profile.availability ?? []).map((slot) => ({ key: newSlotKey(), day: slot.day, start: minutesToTime(slot.startMinute), end: minutesToTime(slot.endMinute) })),
  );
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateVolunteerProfileDocument);
  // What the API refused, on the field it names, in the reader's language.
  const refused = fieldErrorMessages(error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    setSaved(false);
    const availability = slots.map(slotFromDraft);
    if (availability.some((slot) => slot === null)) return;
    try {
      await update({
        variables: {
          input: {
            skills,
            subjects,
            levels,
            travelRadiusMeters: radius,
            maxActiveRequests: capacity,
            active: !paused,
            // No slot at all: available at any time.
            availability: availability.filter((slot): slot is WeeklySlotValue => slot !== null),
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown from the mutation's `error` below.
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="profile-form">
      <Stack gap="md">
        <Switch
          label={t('profile.paused')}
          description={t('profile.pausedHint')}
          checked={paused}
          onChange={(event) => setPaused(event.currentTarget.checked)}
          data-testid="profile-paused"
        />
        <MultiSelect
          label={t('profile.skills')}
          placeholder={skills.length ? undefined : t('profile.skillsPlaceholder')}
          data={HELP_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))}
          value={skills}
          onChange={(values) => setSkills(values.filter(isHelpCategory))}
          clearable
          data-testid="profile-skills"
        />
        {skills.includes('HOMEWORK') && (
          <Group grow align="flex-start">
            <TagsInput
              label={t('profile.subjects')}
              description={t('profile.subjectsHint')}
              value={subjects}
              onChange={setSubjects}
              error={refused['subjects']}
              clearable
              data-testid="profile-subjects"
            />
            <TagsInput
              label={t('profile.levels')}
              description={t('profile.levelsHint')}
              value={levels}
              onChange={setLevels}
              error={refused['levels']}
              clearable
              data-testid="profile-levels"
            />
          </Group>
        )}
        <Group grow align="flex-start">
          <NumberInput
            label={t('profile.radius')}
            description={t('profile.radiusHint')}
            min={RADIUS.min}
            max={RADIUS.max}
            step={RADIUS.step}
            clampBehavior="strict"
            allowDecimal={false}
            value={radius}
            onChange={(value) => setRadius(typeof value === 'number' ? value : RADIUS.min)}
            error={refused['travelRadiusMeters']}
            data-testid="profile-radius"
          />
          <NumberInput
            label={t('profile.capacity')}
            description={t('profile.capacityHint')}
            min={CAPACITY.min}
            max={CAPACITY.max}
            clampBehavior="strict"
            allowDecimal={false}
            value={capacity}
            onChange={(value) => setCapacity(typeof value === 'number' ? value : CAPACITY.min)}
            error={refused['maxActiveRequests']}
            data-testid="profile-capacity"
          />
        </Group>
        <WeeklyAvailabilityEditor slots={slots} onChange={setSlots} showErrors={showErrors} />
        {error && (
          <Alert color="red" title={t('profile.failed')} data-testid="profile-error">
            {errorMessage(error)}
          </Alert>
        )}
        {saved && (
          <Alert color="green" withCloseButton onClose={() => setSaved(false)} data-testid="profile-saved">
            {t('profile.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading} data-testid="profile-submit">
            {t('profile.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
