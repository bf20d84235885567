export * from './ways-to-help-page';
export * from './help-from-home';
