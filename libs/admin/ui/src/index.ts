export * from './section-panel';
export * from './person-name';
export * from './modal-actions';
export * from './save-footer';
export * from './settings-page-layout';
export * from './use-settings-form';
export * from './responsive-rows';
export * from './use-wide-screen';
