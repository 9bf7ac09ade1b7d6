import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { ResultRequirementKind } from "../../server/identity/identity.model.js";
import { hashPassword } from "../../server/identity/passwords.js";
import { demoEmail, seedMunicipality as seed, type DemoWho, type SeededMunicipality } from "../../server/seed/municipality-seed.js";
import { ownerDataSource } from "./owner.js";

export const TEST_PASSWORD = "demo";
let passwordHash: Promise<string> | undefined;

export interface TestMunicipality extends SeededMunicipality {
  slug: string;
  password: string;
  email(who: DemoWho): string;
}

/**
 * A fresh municipality of its own, with the demo organs, one user per role and the section template;
 * in the run's database, or through `dataSource` (a schema owner's) in another.
 */
export async function seedMunicipality(
  options: { slug?: string; requirementKind?: ResultRequirementKind; minMarginPercent?: string; dataSource?: DataSource } = {},
): Promise<TestMunicipality> {
  const slug = options.slug ?? `t-${randomBytes(5).toString("hex")}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const ds = options.dataSource ?? (await ownerDataSource()); // seeding is the operator's, as the schema owner
  const seeded = await ds.transaction(async (em) =>
    seed(em, {
      slug,
      name: `Testkommun ${slug}`,
      requirementKind: options.requirementKind ?? ResultRequirementKind.MIN_MARGIN,
      minMarginPercent: options.minMarginPercent ?? "1",
      password: TEST_PASSWORD,
      passwordHash: await passwordHash!,
    }),
  );
  return { ...seeded, slug, password: TEST_PASSWORD, email: (who) => demoEmail(who, slug) };
}
