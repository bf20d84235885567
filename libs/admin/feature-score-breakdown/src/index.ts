export * from './score-parts';
export * from './score-palette';
export * from './score-breakdown-bar';
export * from './score-legend';
