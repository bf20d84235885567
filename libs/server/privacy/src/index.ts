export * from './privacy.module';
export * from './erasure/erasure.service';
export * from './erasure/erasure-rules';
export * from './retention/retention-rules';
export * from './retention/retention.service';
export * from './retention/privacy-settings.service';
