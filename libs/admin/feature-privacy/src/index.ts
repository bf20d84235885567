export * from './privacy-page';
export * from './my-data-page';
export * from './retention-settings-page';
export * from './account-deleted-page';
export * from './erasure-refusal';
