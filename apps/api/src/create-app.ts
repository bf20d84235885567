import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TrustProxy } from '@relais/server-shared';
import { OFFLINE_MAPS, mapOrigins } from '@relais/server-shared';
import type { DataSource } from 'typeorm';
import type { AppModuleOptions } from './app.module';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';

export interface CreateAppOptions extends Partial<Omit<AppModuleOptions, 'dataSource' | 'jwtSecret'>> {
  dataSource: DataSource;
  jwtSecret: string;
  /** The built admin app; served at / when present. */
  adminDir?: string | null;
  quiet?: boolean;
  /** TRUST_PROXY: the proxies allowed to name the caller in X-Forwarded-For; none by default. */
  trustProxy?: TrustProxy;
}

// Served by the API even to a browser: the relay links (/r/<code>) and the unsubscribe pages.
const API_PATHS = ['/graphql', '/healthz', '/r/', '/i/', '/unsubscribe/'];

export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.create({
      dataSource: options.dataSource,
      jwtSecret: options.jwtSecret,
      redisUrl: options.redisUrl ?? null,
      smtpUrl: options.smtpUrl ?? null,
      outboxDir: options.outboxDir ?? path.join(process.cwd(), '.data', 'outbox'),
      mailTransport: options.mailTransport,
      jobsDatabaseUrl: options.jobsDatabaseUrl ?? null,
      introspection: options.introspection ?? false,
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
      maps: options.maps ?? OFFLINE_MAPS,
      digestWorkerFile: options.digestWorkerFile ?? null,
      logging: options.logging ?? { level: options.quiet ? 'error' : 'info' },
    }),
    // Lines logged while the app is built wait for the structured logger below.
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoLogger));
  // Per-address limits count req.ip: it is the socket's peer unless a named proxy in front says otherwise.
  app.set('trust proxy', options.trustProxy ?? false);
  // Before the admin app's files and the API: every answer carries them.
  app.use(securityHeaders(mapOrigins(options.maps ?? OFFLINE_MAPS)));
  const adminDir = options.adminDir;
  if (adminDir && existsSync(path.join(adminDir, 'index.html'))) {
    app.useStaticAssets(adminDir, { index: false, maxAge: '1h' });
    // The admin app routes in the browser: any other page URL gets its index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
      res.sendFile(path.join(adminDir, 'index.html'));
    });
  }
  await app.init();
  return app;
}
