export * from './api-errors';
export * from './viewer';
export * from './per-request';
export * from './sliding-window-limiter';
export * from './app-config';
export * from './batch-order';
export * from './page-args';
