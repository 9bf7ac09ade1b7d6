import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the client. The schema is the SDL the server emits
 * (`npm run schema:emit`); operations live next to their feature in `.graphql` files.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: "client/features/**/*.graphql",
  ignoreNoDocuments: false,
  generates: {
    "client/gql/": {
      preset: "client",
      // Fragments are used to share selections, not to hide data between components.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          Date: "string",
          DateTime: "string",
          Money: "string",
        },
      },
    },
  },
};

export default config;
