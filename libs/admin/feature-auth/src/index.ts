export * from './auth-guard';
export * from './login-page';
export * from './sign-up-page';
export * from './use-session';
export * from './desk-access';
export * from './return-path';
