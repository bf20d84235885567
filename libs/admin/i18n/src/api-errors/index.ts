export * from './api-error-parts';
export * from './field-rule';
export * from './api-error-catalogue';
export * from './api-error-message';
