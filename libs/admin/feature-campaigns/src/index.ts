export * from './campaign-paths';
export * from './campaigns-page';
export * from './new-campaign-page';
export * from './campaign-page';
export * from './relays-page';
export * from './relays-nav-link';
