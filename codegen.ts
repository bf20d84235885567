import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated from the checked-in schema, never a running server, so builds need no API.
// DateTime travels as ISO 8601 text both ways.
const shared = { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } };
const schemaTypes = 'libs/admin/data-access/src/generated/schema-types.ts';

// The enums and inputs the operations use in one file (types only, nothing at run time), and each
// operations file's documents beside it: a document is then in a module of its own, which the
// bundler puts in the chunk of the pages that send it, not all of them in everyone's first download.
// src/index.ts re-exports each file (a unit test holds it to the list).
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: 'libs/admin/data-access/src/operations/**/*.graphql',
  generates: {
    [schemaTypes]: {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations'],
      config: { ...shared, generateOperationTypes: false },
    },
    'libs/admin/data-access/src/operations/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: '../generated/schema-types.ts' },
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations', 'typed-document-node'],
      config: { ...shared, importSchemaTypesFrom: schemaTypes },
    },
  },
};

export default config;
