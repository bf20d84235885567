export * from './sign-up.input';
export * from './auth-payload.type';
export * from './password-hasher';
export * from './login-throttle.service';
export * from './auth.service';
export * from './auth.resolver';
export * from './request-context.factory';
export * from './auth.module';
