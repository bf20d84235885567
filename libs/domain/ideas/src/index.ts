export * from './vote-weight';
export * from './idea-score';
export * from './idea-rules';
