export * from './leaders.module';
export * from './leader-scores.service';
export * from './leader-graph.reader';
export * from './leader-jobs';
export * from './leaders.resolver';
export * from './leader-settings.resolver';
export * from './leader-fields.resolver';
export * from './leader-settings.service';
