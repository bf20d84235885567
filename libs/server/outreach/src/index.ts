export * from './outreach.module';
export * from './ideas/idea.type';
export * from './ideas/ideas.service';
