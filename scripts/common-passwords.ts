/**
 * Writes `server/identity/common-passwords.txt`: the 10,000 most common passwords, lower-case, one a
 * line, most common first. New passwords on that list are refused (`server/identity/password-rules.ts`).
 *
 * Source: the `passwords-common` dictionary of `@zxcvbn-ts/language-common` (MIT licence, © 2012-2016
 * Dan Wheeler and Dropbox, Inc., © 2021 @zxcvbn-ts; https://github.com/zxcvbn-ts/zxcvbn), ordered by
 * frequency. The list is committed, so the server needs no development package at run time; run this
 * again only to refresh it: `npx tsx scripts/common-passwords.ts`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dictionary } from "@zxcvbn-ts/language-common";

const COUNT = 10_000;
const target = fileURLToPath(new URL("../server/identity/common-passwords.txt", import.meta.url));

// Lower-cased, as the check compares; entries that differ only in case count once.
const unique = new Set<string>();
for (const password of dictionary["passwords-common"]) {
  const entry = password.trim().toLowerCase();
  if (entry !== "" && !/[\r\n]/.test(entry)) unique.add(entry);
  if (unique.size === COUNT) break;
}
if (unique.size < COUNT) throw new Error(`Only ${unique.size} passwords in the source; expected ${COUNT}`);
writeFileSync(target, [...unique].join("\n") + "\n");
console.log(`Wrote ${unique.size} passwords to ${target}`);
