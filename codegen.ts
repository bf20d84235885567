import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated from the checked-in schema, never a running server, so builds need no API.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: 'libs/admin/data-access/src/operations/**/*.graphql',
  generates: {
    'libs/admin/data-access/src/generated/': {
      preset: 'client',
      // DateTime travels as ISO 8601 text both ways.
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
