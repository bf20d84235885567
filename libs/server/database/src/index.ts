export * from './embedded-postgres-server';
export * from './database-admin';
export * from './data-source';
export * from './change-log';
export { MIGRATIONS } from './migrations';
export * from './database.module';
export * from './test-database';
