export * from './match-types';
export * from './match-weights';
export * from './weekly-availability';
export * from './match-components';
export * from './hard-filters';
export * from './match-score';
export * from './assignment';
export * from './reach-grid';
