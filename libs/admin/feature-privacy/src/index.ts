export * from './privacy-page';
export * from './my-data-page';
export * from './retention-settings-page';
