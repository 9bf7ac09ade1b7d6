// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import vue from "eslint-plugin-vue";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Lint for server, client, tests and scripts; formatting is Prettier's (`npm run format`). */
export default tseslint.config(
  // Generated code (codegen, builds) is neither linted nor held to file-size rules.
  { ignores: ["dist/**", "client/gql/**", "node_modules/**", ".data/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs["flat/recommended"],
  {
    files: ["**/*.vue"],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: [".vue"] }, globals: globals.browser },
  },
  { files: ["client/**/*.ts"], languageOptions: { globals: globals.browser } },
  {
    files: ["server/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "bench/**/*.mjs", "migrations/**/*.ts", "scripts/**/*.mjs", "*.ts", "*.js"],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Non-null assertions mark facts the types cannot see (a row read under the lock that found it).
      "@typescript-eslint/no-non-null-assertion": "off",
      "vue/multi-word-component-names": "off",
      // Layout is Prettier's.
      "vue/first-attribute-linebreak": "off",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": ["error", { allow: ["error", "warn", "log"] }],
    },
  },
  {
    // The layout the command pipeline relies on (README, "How a change flows").
    files: ["server/**/*.ts"],
    ignores: ["server/main.ts", "server/services.ts", "server/http/**", "server/graphql/context.ts", "server/pipeline/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/services.js"], message: "Capabilities take narrow dependencies, never the Services object." }],
          paths: [
            {
              name: "../events/event-log.js",
              importNames: ["appendEvent"],
              message: "Events are appended by the command runner: return them from the command's write.",
            },
          ],
        },
      ],
    },
  },
  {
    // Transactions are opened by the command runner (pipeline/) over db/. The exceptions, each named in
    // the README: sign-in before a caller exists, the co-editing group commit and presence heartbeats,
    // the mail worker, and seeding and the command line (`npm run balans`) by the operator. They alone,
    // the password links and resets (which then run commands), and the audit of the event chains, use
    // the reviewed lookups across municipalities (`db.across`, README "Database roles and row-level security"),
    // as does the follow-up reminders' sweep to find the municipalities (it then runs a command in each).
    files: ["server/**/*.ts"],
    ignores: [
      "server/pipeline/**",
      "server/db/**",
      "server/collab/**",
      "server/identity/identity.service.ts",
      "server/identity/account.service.ts",
      "server/mail/mail-worker.ts",
      "server/reminders/reminder-worker.ts",
      "server/seed/**",
      "server/cli/**",
      "server/public/public.service.ts",
      "server/events/chain-verifier.ts",
      // Single sign-on's sign-in (match, link, create just in time, session) and its lookup of the
      // municipality by slug or e-mail domain, before there is a caller.
      "server/sso/external-sign-in.ts",
      "server/sso/sso.service.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(inMunicipality|transaction)$/]",
          message: "Only the command runner opens transactions: write a Command, or read through runner.read/readIn.",
        },
        {
          selector: "MemberExpression[property.name=/^across$/]",
          message: "Work across municipalities goes through a reviewed lookup, used only by the README's named exceptions.",
        },
      ],
    },
  },
  {
    // Domain code knows no GraphQL: only resolvers, GraphQL types, presenters and graphql/ do.
    files: ["server/**/*.ts"],
    ignores: [
      "server/**/*.resolver.ts",
      "server/**/*.types.ts",
      "server/**/*.inputs.ts",
      "server/**/*.presenter.ts",
      "server/graphql/**",
      "server/http/**",
    ],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "type-graphql", message: "Domain code has no GraphQL imports." }] }] },
  },
  {
    // GraphQL answers in tests and benchmarks are JSON whose shape each assertion states.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
);
