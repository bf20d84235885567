export * from './privacy-page';
export * from './my-data-page';
