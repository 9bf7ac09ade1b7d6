import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { badInput } from "../errors.js";
import { isStorableText } from "../validation/input.js";

/** Issue 11: at least 12 characters, and none of the 10,000 most common passwords. */
export const MIN_PASSWORD_LENGTH = 12;
/** Far beyond any passphrase; it bounds what one request makes scrypt digest. */
export const MAX_PASSWORD_LENGTH = 256;

const here = dirname(fileURLToPath(import.meta.url));
// The list is not compiled: built, this module is in dist/server/identity and the list stays in the
// source tree, which ships beside dist (the Dockerfile copies both). Made by scripts/common-passwords.ts.
const LIST_FILE = join(here.includes(join("dist", "server")) ? resolve(here, "../../../server/identity") : here, "common-passwords.txt");

let common: Set<string> | undefined;

/** The shipped list, read once: lower-case, one a line. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(LIST_FILE, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );
  return common;
}

/** Characters as a person counts them: an emoji or å written as one code point is one. */
const length = (password: string): number => [...password.normalize("NFC")].length;

/**
 * A new password the rules accept, or BAD_USER_INPUT naming `field` (`password`, `newPassword`). The
 * list is compared case-insensitively, so "Password1234" is as common as "password1234".
 */
export function assertAcceptablePassword(password: string, field: string): void {
  if (!isStorableText(password)) throw badInput("Lösenordet innehåller tecken som inte kan sparas", field);
  const characters = length(password);
  if (characters < MIN_PASSWORD_LENGTH) throw badInput(`Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken`, field);
  if (characters > MAX_PASSWORD_LENGTH) throw badInput(`Lösenordet får ha högst ${MAX_PASSWORD_LENGTH} tecken`, field);
  if (commonPasswords().has(password.normalize("NFC").toLowerCase()))
    throw badInput("Lösenordet är ett av de vanligaste lösenorden och lätt att gissa; välj ett annat", field);
}
