import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for every operation in apps/web/src/**\/*.graphql, from the committed schema. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        // String unions instead of TS enums: nothing from the generated file is needed at run time but documents.
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
    // Every enum of the schema, so labels cover each value even before an operation asks for it.
    'apps/web/src/graphql/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
