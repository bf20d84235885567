import { ActionIcon, Button, Grid, Group, Input, NativeSelect, Stack, Text } from '@mantine/core';
import { TimeField } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import type { SlotDraft } from './weekly-slots';
import { DAY_KEYS, newSlotKey, slotFromDraft } from './weekly-slots';

export interface WeeklyAvailabilityEditorProps {
  slots: readonly SlotDraft[];
  onChange: (slots: SlotDraft[]) => void;
  /** Marks slots that cannot be saved. */
  showErrors: boolean;
}

/** Add and remove weekly slots: a day, a start and an end. None at all means "any time". */
export function WeeklyAvailabilityEditor({ slots, onChange, showErrors }: WeeklyAvailabilityEditorProps) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<SlotDraft>) => onChange(slots.map((slot) => (slot.key === key ? { ...slot, ...change } : slot)));
  const days = DAY_KEYS.map((day, index) => ({ value: String(index), label: t(`days.${day}`) }));
  return (
    <Stack gap="xs" data-testid="profile-availability">
      <Input.Label>{t('profile.availability')}</Input.Label>
      {slots.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="profile-any-time">
          {t('profile.anyTime')}
        </Text>
      )}
      {slots.map((slot) => {
        const invalid = showErrors && slotFromDraft(slot) === null;
        // On a phone the day takes a line of its own, the two times and the remove button the next.
        return (
          <Grid key={slot.key} columns={24} gutter="xs" align="flex-end" data-testid="profile-slot">
            <Grid.Col span={{ base: 24, xs: 9 }}>
              <NativeSelect
                label={t('profile.day')}
                data={days}
                value={String(slot.day)}
                onChange={(event) => update(slot.key, { day: Number(event.currentTarget.value) })}
                data-testid="profile-slot-day"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 10, xs: 6 }}>
              <TimeField
                label={t('profile.start')}
                value={slot.start}
                onChange={(start) => update(slot.key, { start })}
                error={invalid}
                testId="profile-slot-start"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 10, xs: 6 }}>
              <TimeField
                label={t('profile.end')}
                value={slot.end}
                onChange={(end) => update(slot.key, { end })}
                error={invalid}
                testId="profile-slot-end"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 4, xs: 3 }}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={t('profile.removeSlot')}
                title={t('profile.removeSlot')}
                onClick={() => onChange(slots.filter((other) => other.key !== slot.key))}
                data-testid="profile-slot-remove"
              >
                ×
              </ActionIcon>
            </Grid.Col>
          </Grid>
        );
      })}
      {showErrors && slots.some((slot) => slotFromDraft(slot) === null) && (
        <Text size="sm" c="red" data-testid="profile-slot-error">
          {t('profile.slotInvalid')}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => onChange([...slots, { key: newSlotKey(), day: 0, start: '09:00', end: '12:00' }])}
          data-testid="profile-slot-add"
        >
          {t('profile.addSlot')}
        </Button>
      </Group>
    </Stack>
  );
}
