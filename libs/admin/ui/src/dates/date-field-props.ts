import type { ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  clearable?: boolean;
  required?: boolean;
  w?: number | string;
  'aria-label'?: string;
  testId?: string;
}

/** A day, as « 2026-12-07 »; '' for none. */
export interface DateFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** A day and time, as a datetime-local input holds it (« 2026-12-07T18:00 »); '' for none. */
export interface DateTimeFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The earliest that may be picked. */
  minDate?: Date;
}

/** A time of day on a 24-hour clock, as « 18:00 »; '' while incomplete. */
export interface TimeFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
}
