#!/usr/bin/env node
import "reflect-metadata";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { loadOperatorConfig } from "../config.js";
import { DomainError } from "../errors.js";
import { openOperatorDatabase } from "./operator-database.js";
import { Refusal, createMunicipality, listMunicipalities, parseRequirement, resetLink } from "./operator.commands.js";

const USAGE = `Usage: npm run balans -- <command> [options]

  municipality create --slug <slug> --name <name> --admin-email <e-mail> --admin-name <name>
                      [--requirement min-margin:<percent>|cost-price]
      A new municipality with the organs KF, KS, VON and PS, the section template, the result
      requirement (default: cost-price) and its first ADMIN (in KS); prints the admin's one-time
      link to set a password.
  municipality list
      Every municipality: slug, name, users (active), organs, agreements.
  user reset-link --email <e-mail>
      A new one-time link for that user to set a password (their earlier unused links stop working).

The database is the one \`npm start\` uses: MIGRATION_DATABASE_URL (or DATABASE_URL), else the embedded
PostgreSQL in BALANS_DATA_DIR (the running Balans's, or started for the command). Links point at
BALANS_PUBLIC_URL (default http://localhost:<PORT>). Exit code 0: done; 1: refused; 2: could not run.`;

const OPTIONS = {
  slug: { type: "string" },
  name: { type: "string" },
  requirement: { type: "string" },
  "admin-email": { type: "string" },
  "admin-name": { type: "string" },
  email: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

function required(options: Options, name: keyof Options): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") throw new Refusal(`--${name} is required\n\n${USAGE}`);
  return value;
}

/** `balans <command>`: prints what it did, and answers the exit code. */
async function main(argv: string[]): Promise<number> {
  const { values: options, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const command = positionals.join(" ");
  if (options.help || command === "" || command === "help") {
    console.log(USAGE);
    return 0;
  }
  const config = loadOperatorConfig();
  // Everything the command needs from its options is checked before the database is opened.
  let run: (owner: DataSource) => Promise<string[]>;
  switch (command) {
    case "municipality create": {
      const args = {
        slug: required(options, "slug"),
        name: required(options, "name"),
        requirement: parseRequirement(options.requirement),
        adminEmail: required(options, "admin-email"),
        adminName: required(options, "admin-name"),
        publicUrl: config.publicUrl,
      };
      run = (owner) => createMunicipality(owner, args);
      break;
    }
    case "municipality list":
      run = listMunicipalities;
      break;
    case "user reset-link": {
      const email = required(options, "email");
      run = (owner) => resetLink(owner, email, config.publicUrl);
      break;
    }
    default:
      throw new Refusal(`Unknown command "${command}"\n\n${USAGE}`);
  }
  const database = await openOperatorDatabase(config);
  try {
    for (const line of await run(database.owner)) console.log(line);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof Refusal || error instanceof DomainError) {
      const field = error instanceof DomainError && typeof error.details.field === "string" ? ` (${error.details.field})` : "";
      console.error(`Refused${field}: ${error.message}`);
      process.exitCode = 1;
    } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 1;
    } else {
      console.error("balans could not run:", error instanceof Error ? error.message : error);
      process.exitCode = 2;
    }
  },
);
