import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the admin from the API's committed schema; `npm run schema` runs it. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSON: 'unknown', Upload: 'unknown' },
      },
    },
  },
};
export default config;
