export * from './help-request-status';
export * from './post-help-request-rules';
export * from './queue-filter-rules';
export * from './recruiting-need';
