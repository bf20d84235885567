export * from './leaders-overview-page';
export * from './neighbourhood-leaders-page';
export * from './leader-person-page';
export * from './my-standing-card';
export * from './leader-paths';
