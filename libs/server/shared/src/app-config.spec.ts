import { ConfigError, loadConfig } from './app-config';
import { SlidingWindowLimiter } from './sliding-window-limiter';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    expect(loadConfig({}, '/data')).toMatchObject({
      port: 3000,
      databaseUrl: null,
      jwtSecret: null,
      demoData: true,
      admin: null,
      embeddedPostgresPort: 54329,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u:p@db:5432/relais',
        JWT_SECRET: 'x'.repeat(32),
        DEMO_DATA: 'false',
        ADMIN_EMAIL: 'a@b.fr',
        ADMIN_PASSWORD: 'long enough password',
        REDIS_URL: 'redis://127.0.0.1:6379',
        NODE_ENV: 'production',
      },
      '/data',
    );
    expect(config).toMatchObject({ port: 8080, demoData: false, production: true, admin: { email: 'a@b.fr' } });
  });

  it('lists every problem at once, naming each setting', () => {
    try {
      loadConfig(
        { PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'production', ADMIN_EMAIL: 'a@b.fr', DEMO_DATA: 'maybe', EMBEDDED_PG_PORT: '5432' },
        '/data',
      );
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'ADMIN_PASSWORD', 'DEMO_DATA', 'EMBEDDED_PG_PORT']) {
        expect(message).toContain(name);
      }
    }
  });

  it('refuses a short JWT secret even in development', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' }, '/data')).toThrow(/JWT_SECRET must have at least 32 characters/);
  });
});

describe('GRAPHQL_INTROSPECTION', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };

  it('is on in development and off in production unless turned on', () => {
    expect(loadConfig({}, '/data').graphqlIntrospection).toBe(true);
    expect(loadConfig(production, '/data').graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }, '/data').graphqlIntrospection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }, '/data').graphqlIntrospection).toBe(false);
  });

  it('stops the boot on a value that is not a boolean, naming it', () => {
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'sometimes' }, '/data')).toThrow(/GRAPHQL_INTROSPECTION must be true or false/);
  });
});

describe('TRUST_PROXY', () => {
  const trustProxy = (value: string | undefined) => loadConfig({ TRUST_PROXY: value }, '/data').trustProxy;

  it('trusts no proxy unless told which', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('0')).toBe(false);
    expect(trustProxy('false')).toBe(false);
  });

  it('takes a hop count, or named ranges, addresses and CIDR ranges', () => {
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('loopback')).toEqual(['loopback']);
    expect(trustProxy(' loopback, 10.0.0.0/8 ,172.18.0.3, fd00::/8, ::1')).toEqual(['loopback', '10.0.0.0/8', '172.18.0.3', 'fd00::/8', '::1']);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '300.1.1.1', 'loopback,', '10.0.0.1/8/2', 'fd00::/129', '-1'])('stops the boot on %p, naming TRUST_PROXY', (value) => {
    expect(() => trustProxy(value)).toThrow(/TRUST_PROXY must be a hop count/);
  });
});

describe('LOG_LEVEL', () => {
  it('logs from info by default, takes any of pino’s levels, and stops the boot on another word', () => {
    expect(loadConfig({}, '/tmp/relais').logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'WARN' }, '/tmp/relais').logLevel).toBe('warn');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' }, '/tmp/relais')).toThrow(/LOG_LEVEL must be one of/);
  });
});

describe('SlidingWindowLimiter', () => {
  it('allows the limit per window, then again once the window has slid', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(3, 1000, () => now);
    expect([1, 2, 3, 4].map(() => limiter.tryHit('ip'))).toEqual([true, true, true, false]);
    expect(limiter.tryHit('other')).toBe(true);
    now = 1001;
    expect(limiter.tryHit('ip')).toBe(true);
  });
});
