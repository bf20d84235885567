// Loaded on first use only (see date-fields.tsx): Mantine's pickers, their styles and dayjs's
// French stay out of the pages that show no date to pick, the log-in and the feed among them.
import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import 'dayjs/locale/en';
import { DatePickerInput, DateTimePicker, DatesProvider, TimePicker } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateFieldProps, DateTimeFieldProps, TimeFieldProps } from './date-field-props';
import { PICKER_FORMATS, localInputToPicker, pickerToLocalInput, pickerToTime, timeToPicker } from './picker-values';

/** Month and day names in the app's language; weeks start on Monday, as in France. */
function LocalDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function LocalDateField({ value, onChange, testId, ...props }: DateFieldProps) {
  return (
    <LocalDates>
      <DatePickerInput
        {...props}
        valueFormat={PICKER_FORMATS.date}
        value={value || null}
        onChange={(picked) => onChange(typeof picked === 'string' ? picked.slice(0, 10) : '')}
        data-testid={testId}
      />
    </LocalDates>
  );
}

export function LocalDateTimeField({ value, onChange, testId, ...props }: DateTimeFieldProps) {
  return (
    <LocalDates>
      <DateTimePicker
        {...props}
        valueFormat={PICKER_FORMATS.dateTime}
        value={localInputToPicker(value)}
        onChange={(picked) => onChange(pickerToLocalInput(picked))}
        timePickerProps={{ format: '24h' }}
        data-testid={testId}
      />
    </LocalDates>
  );
}

export function LocalTimeField({ value, onChange, testId, ...props }: TimeFieldProps) {
  return <TimePicker {...props} format="24h" value={timeToPicker(value)} onChange={(picked) => onChange(pickerToTime(picked))} data-testid={testId} />;
}
