export * from './people-page';
export * from './audit-log-page';
