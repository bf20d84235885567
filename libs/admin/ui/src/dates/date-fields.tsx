import { TextInput } from '@mantine/core';
import type { ComponentType } from 'react';
import { Suspense, lazy } from 'react';
import type { DateFieldProps, DateTimeFieldProps, TimeFieldProps } from './date-field-props';

// One chunk for the three pickers, fetched the first time a page shows one.
const pickers = () => import('./localized-pickers');

interface PlaceholderProps {
  label: DateFieldProps['label'];
  w?: DateFieldProps['w'];
}

/** While the pickers load: the field's frame, its label in place, so nothing jumps. */
function Loading({ label, w }: PlaceholderProps) {
  return <TextInput label={label} w={w} disabled readOnly aria-busy="true" />;
}

function lazyField<P extends PlaceholderProps>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Field = lazy(async () => ({ default: await load() }));
  return function LazyField(props: P) {
    return (
      <Suspense fallback={<Loading label={props.label} w={props.w} />}>
        <Field {...props} />
      </Suspense>
    );
  };
}

/** A day picked from a calendar in the app's language: « 7 décembre 2026 ». */
export const DateField = lazyField<DateFieldProps>(async () => (await pickers()).LocalDateField);
/** A day and time on a 24-hour clock: « 07/12/2026 18:00 ». */
export const DateTimeField = lazyField<DateTimeFieldProps>(async () => (await pickers()).LocalDateTimeField);
/** A time of day on a 24-hour clock. */
export const TimeField = lazyField<TimeFieldProps>(async () => (await pickers()).LocalTimeField);
