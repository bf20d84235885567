export * from './ideas-page';
export * from './idea-page';
