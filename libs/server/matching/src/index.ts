export * from './match-candidate.type';
export * from './match-weights.type';
export * from './match-weights.service';
export * from './matching.service';
export * from './matching.resolver';
export * from './match-weights.resolver';
export * from './matching.module';
export * from './live-feed.resolver';
