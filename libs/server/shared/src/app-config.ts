import { isIP } from 'node:net';
import type { MapConfig } from './map-config';
import { parseMapConfig } from './map-config';

/** Settings read from the environment at boot, checked all at once. */
export interface AppConfig {
  production: boolean;
  port: number;
  /** Unset: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | null;
  jwtSecret: string | null;
  redisUrl: string | null;
  smtpUrl: string | null;
  admin: { email: string; password: string } | null;
  demoData: boolean;
  dataDir: string;
  /** Embedded PostgreSQL's port: never 5432, so it cannot clash with a system server. */
  embeddedPostgresPort: number;
  /** GraphQL introspection: off in production unless GRAPHQL_INTROSPECTION=true. */
  graphqlIntrospection: boolean;
  /** Express's 'trust proxy': which hops may say who the caller is (X-Forwarded-For); false trusts none. */
  trustProxy: TrustProxy;
  /** The least severe log lines written (pino's levels). */
  logLevel: LogLevel;
  /** Where people reach Relais, for links in mails and relay links (no trailing slash). */
  publicUrl: string;
  /** The maps' basemap style and the address search (map-config.ts). */
  maps: MapConfig;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function parseLogLevel(value: string | undefined, problems: string[]): LogLevel {
  if (!value) return 'info';
  const level = LOG_LEVELS.find((known) => known === value.toLowerCase());
  if (!level) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}")`);
  return level ?? 'info';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Relais cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function parsePort(value: string | undefined, name: string, fallback: number, problems: string[]): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`${name} must be a port number from 1 to 65535 (got "${value}")`);
    return fallback;
  }
  return port;
}

function parseUrl(value: string | undefined, name: string, protocols: string[], problems: string[]): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${url.protocol}//")`);
    }
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return value;
}

export type TrustProxy = false | number | string[];

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Unset trusts no proxy: the caller is the socket's peer, and an X-Forwarded-For header is
 * ignored, so a client cannot pick the address its limits are counted under. `true` is refused:
 * trusting every hop hands that choice back to the client.
 */
function parseTrustProxy(value: string | undefined, problems: string[]): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrRange(entry));
  if (bad.length) {
    problems.push(
      `TRUST_PROXY must be a hop count, or a comma list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal (got "${bad.join('", "')}")`,
    );
    return false;
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function parseBoolean(value: string | undefined, name: string, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${value}")`);
  return fallback;
}

export function loadConfig(env: Env, dataDir: string): AppConfig {
  const problems: string[] = [];
  const production = env['NODE_ENV'] === 'production';
  const jwtSecret = env['JWT_SECRET'] || null;
  if (jwtSecret !== null && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must have at least 32 characters');
  } else if (jwtSecret === null && production) {
    problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }
  const adminEmail = env['ADMIN_EMAIL'] || null;
  const adminPassword = env['ADMIN_PASSWORD'] || null;
  if (!!adminEmail !== !!adminPassword) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  } else if (adminPassword && adminPassword.length < 10) {
    problems.push('ADMIN_PASSWORD must have at least 10 characters');
  }
  const config: AppConfig = {
    production,
    port: parsePort(env['PORT'], 'PORT', 3000, problems),
    databaseUrl: parseUrl(env['DATABASE_URL'], 'DATABASE_URL', ['postgres:', 'postgresql:'], problems),
    jwtSecret,
    redisUrl: parseUrl(env['REDIS_URL'], 'REDIS_URL', ['redis:', 'rediss:'], problems),
    smtpUrl: parseUrl(env['SMTP_URL'], 'SMTP_URL', ['smtp:', 'smtps:'], problems),
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    demoData: parseBoolean(env['DEMO_DATA'], 'DEMO_DATA', true, problems),
    dataDir,
    embeddedPostgresPort: parsePort(env['EMBEDDED_PG_PORT'], 'EMBEDDED_PG_PORT', 54329, problems),
    graphqlIntrospection: parseBoolean(env['GRAPHQL_INTROSPECTION'], 'GRAPHQL_INTROSPECTION', !production, problems),
    trustProxy: parseTrustProxy(env['TRUST_PROXY'], problems),
    logLevel: parseLogLevel(env['LOG_LEVEL'], problems),
    publicUrl: '',
    maps: parseMapConfig(env, problems),
  };
  // Links in mails must not be built from a request's Host header, which a caller chooses.
  config.publicUrl = (parseUrl(env['PUBLIC_URL'], 'PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  if (config.embeddedPostgresPort === 5432) {
    problems.push('EMBEDDED_PG_PORT must not be 5432, the port of a system PostgreSQL');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
