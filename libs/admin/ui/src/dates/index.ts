export * from './date-fields';
export type * from './date-field-props';
