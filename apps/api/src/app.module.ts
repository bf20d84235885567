import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule, RequestContextFactory, SubscriptionGate } from '@relais/server-auth';
import { DatabaseModule } from '@relais/server-database';
import { HelpRequestsModule } from '@relais/server-help-requests';
import { JobsModule } from '@relais/server-jobs';
import { LeadersModule } from '@relais/server-leaders';
import { LiveModule } from '@relais/server-live';
import { MatchingModule } from '@relais/server-matching';
import type { MailTransport } from '@relais/server-messaging';
import { MessagingModule } from '@relais/server-messaging';
import { MapsModule } from '@relais/server-maps';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import { DigestWorkerModule, OutreachModule } from '@relais/server-outreach';
import { PrivacyModule } from '@relais/server-privacy';
import type { MapConfig } from '@relais/server-shared';
import { OFFLINE_MAPS, withCheckedArguments } from '@relais/server-shared';
import type { Request } from 'express';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { formatError } from './format-error';
import { graphqlLimitOptions } from './graphql-limits/graphql-limit-options';
import { RequestErrorFilter } from './request-error.filter';
import { HealthController } from './health.controller';
import { graphqlErrorLogPlugin } from './logging/graphql-error-log.plugin';
import type { LoggingOptions } from './logging/logger-params';
import { loggerParams } from './logging/logger-params';

/** What Apollo passes to build a context: an HTTP request, or a graphql-ws connection. */
interface GraphQLContextSource {
  req?: Request;
  connectionParams?: Record<string, unknown>;
  extra?: { request?: IncomingMessage };
}

export interface AppModuleOptions {
  dataSource: DataSource;
  jwtSecret: string;
  /** Live updates across instances; in memory when null. */
  redisUrl: string | null;
  /** Mail by SMTP; `.eml` files in `outboxDir` when null. */
  smtpUrl: string | null;
  outboxDir: string;
  /** pg-boss runs its queue here (the application's database); null runs no jobs. */
  jobsDatabaseUrl: string | null;
  /** Replaces the mail transport (tests). */
  mailTransport?: MailTransport;
  /** Log level and destination (tests capture the lines). */
  logging: LoggingOptions;
  /** GraphQL introspection (GRAPHQL_INTROSPECTION); off unless asked for. */
  introspection?: boolean;
  /** PUBLIC_URL: links in mails and relay links. */
  publicUrl: string;
  /** The built digest worker (dist/api/digest-worker.js); the weekly digest runs on the API's thread without it (tests). */
  digestWorkerFile?: string | null;
  /** MAP_STYLE_URL and GEOCODER; no basemap and no address search when absent (tests). */
  maps?: MapConfig;
}

/** The document limits' socket options, with the gate's hooks: a refused document never counts as a subscription. */
function gatedSocket(socket: ReturnType<typeof graphqlLimitOptions>['socket'], gate: SubscriptionGate) {
  const hooks = gate.hooks();
  return {
    ...socket,
    ...hooks,
    onSubscribe: (ctx: Parameters<typeof hooks.onSubscribe>[0], id: string, payload: Parameters<typeof socket.onSubscribe>[2]) =>
      socket.onSubscribe(ctx, id, payload) ?? hooks.onSubscribe(ctx, id),
  };
}

@Module({})
export class AppModule {
  static create(options: AppModuleOptions): DynamicModule {
    const auth = AuthModule.forRoot({ jwtSecret: options.jwtSecret });
    const introspection = options.introspection ?? false;
    const limits = graphqlLimitOptions(introspection);
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerParams(options.logging)),
        DatabaseModule.forDataSource(options.dataSource),
        JobsModule.forRoot({ databaseUrl: options.jobsDatabaseUrl }),
        LiveModule.forRoot({ redisUrl: options.redisUrl }),
        MessagingModule.forRoot({ smtpUrl: options.smtpUrl, outboxDir: options.outboxDir, transport: options.mailTransport, publicUrl: options.publicUrl }),
        NeighbourhoodsModule,
        PeopleModule,
        HelpRequestsModule,
        MatchingModule,
        LeadersModule,
        PrivacyModule,
        OutreachModule,
        DigestWorkerModule.forRoot(options.digestWorkerFile ?? null),
        MapsModule.forRoot(options.maps ?? OFFLINE_MAPS),
        auth,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [auth],
          inject: [RequestContextFactory, SubscriptionGate],
          useFactory: (contexts: RequestContextFactory, gate: SubscriptionGate) => ({
            // Built in memory; the checked-in schema.graphql is written by `npm run schema:emit`.
            autoSchemaFile: true,
            sortSchema: true,
            // Every ID argument is a UUID and every String storable text, before any resolver runs.
            transformSchema: withCheckedArguments,
            path: '/graphql',
            playground: false,
            introspection,
            // Depth, aliases, tokens, directives, cost and reply size, per caller (graphql-limits/).
            plugins: [...limits.plugins, graphqlErrorLogPlugin],
            validationRules: limits.validationRules,
            parseOptions: limits.parseOptions,
            allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
            // graphql-ws carries subscriptions on the same path; its context comes from the socket.
            // Only signed-in people hold sockets, a bounded number each (SubscriptionGate).
            subscriptions: { 'graphql-ws': { path: '/graphql', ...gatedSocket(limits.socket, gate) } },
            context: (source: GraphQLContextSource) =>
              source.req
                ? contexts.create(source.req)
                : contexts.createForSocket(source.connectionParams, source.extra?.request),
            formatError,
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: RequestErrorFilter }],
    };
  }
}
