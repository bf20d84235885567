export * from './generated/graphql';
export * from './apollo-client';
export * from './session-token';
export * from './error-message';
export * from './error-code';
export { getLiveStatus, subscribeLiveStatus } from './live-status';
export type { LiveStatus } from './live-status';
