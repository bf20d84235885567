export * from './outgoing-mail';
export * from './mail-refusal';
export * from './delivery-policy';
export * from './mail-transports';
export * from './outbox.service';
export * from './messaging.module';
