export * from './match-weights-settings-page';
export * from './leader-settings-page';
