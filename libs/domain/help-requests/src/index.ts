export * from './help-request-status';
export * from './post-help-request-rules';
