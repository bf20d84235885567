import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import path from 'node:path';
import { RESOLVERS } from './resolvers';

export const SCHEMA_FILE = path.join('apps', 'api', 'schema.graphql');

const HEADER = '# Generated from the API code by `npm run schema:emit`; do not edit.\n\n';

/** The schema as SDL, sorted so that the file changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Builds the schema from resolver metadata alone: no database, no server. */
export async function buildSchemaFromCode(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  } finally {
    await app.close();
  }
}
