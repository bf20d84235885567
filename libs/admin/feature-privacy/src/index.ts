export * from './privacy-page';
