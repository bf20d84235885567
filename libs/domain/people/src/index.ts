export * from './role';
export * from './help-category';
export * from './field-error';
export * from './sign-up-rules';
export * from './volunteer-profile-rules';
export * from './referral-code';
export * from './consent';
