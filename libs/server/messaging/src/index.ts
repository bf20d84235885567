export * from './outgoing-mail';
export * from './mail-refusal';
export * from './delivery-policy';
export * from './mail-transports';
export * from './outbox.service';
export * from './outbox-email.type';
export * from './failed-mail.resolver';
export * from './messaging.module';
