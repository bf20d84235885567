export * from './generated/graphql';
export * from './apollo-client';
export * from './session-token';
export * from './error-message';
