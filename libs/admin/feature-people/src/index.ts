export * from './people-page';
