export * from './live-events';
export * from './live.service';
export * from './live.module';
