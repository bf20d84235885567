import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated from the checked-in schema, never a running server, so builds need no API.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: 'libs/admin/data-access/src/operations/**/*.graphql',
  generates: {
    'libs/admin/data-access/src/generated/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
