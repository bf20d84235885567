export * from './queue-page';
export * from './help-request-page';
