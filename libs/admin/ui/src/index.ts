export * from './section-panel';
export * from './person-name';
export * from './modal-actions';
