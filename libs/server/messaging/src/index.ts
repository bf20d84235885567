export * from './outgoing-mail';
export * from './mail-transports';
export * from './outbox.service';
export * from './messaging.module';
