import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule, RequestContextFactory } from '@relais/server-auth';
import { DatabaseModule } from '@relais/server-database';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { formatError } from './format-error';
import { GraphQLErrorFilter } from './graphql-error.filter';
import { HealthController } from './health.controller';

export interface AppModuleOptions {
  dataSource: DataSource;
  jwtSecret: string;
}

@Module({})
export class AppModule {
  static create(options: AppModuleOptions): DynamicModule {
    const auth = AuthModule.forRoot({ jwtSecret: options.jwtSecret });
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(options.dataSource),
        NeighbourhoodsModule,
        PeopleModule,
        auth,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [auth],
          inject: [RequestContextFactory],
          useFactory: (contexts: RequestContextFactory) => ({
            // Built in memory; the checked-in schema.graphql is written by `npm run schema:emit`.
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: true,
            context: ({ req }: { req: Request }) => contexts.create(req),
            formatError,
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
