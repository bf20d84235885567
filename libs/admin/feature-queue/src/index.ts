export * from './queue-page';
export * from './help-request-page';
export { queuePath } from './queue-path';
