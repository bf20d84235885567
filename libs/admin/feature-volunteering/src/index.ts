export * from './feed-page';
export * from './tasks-page';
export * from './profile-page';
