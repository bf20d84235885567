export * from './section-panel';
