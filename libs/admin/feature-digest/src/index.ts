export * from './digest-paths';
export * from './digest-preview-page';
export * from './outreach-settings-page';
