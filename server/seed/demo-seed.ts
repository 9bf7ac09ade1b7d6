import type { DataSource } from "typeorm";
import { AgreementKind } from "../agreements/agreement.model.js";
import { CrossMunicipality } from "../db/cross-municipality.js";
import { ResultRequirementKind } from "../identity/identity.model.js";
import { hashPassword } from "../identity/passwords.js";
import { seedDemoAgreements } from "./demo-agreements.js";
import { DemoWriter } from "./demo-writer.js";
import { seedMunicipality } from "./municipality-seed.js";

export const DEMO_PASSWORD = "demo";

/**
 * API.md's demo data, written once: when neither demo municipality exists (row-level security hides
 * the others, so "is the database empty" is not something to ask). Each municipality then gets example
 * agreements in every state (`demo-agreements.ts`), written through the commands as its demo users, in
 * the same transaction: the demo is there whole or not at all. Returns whether it seeded.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    await em.query("LOCK TABLE municipality IN EXCLUSIVE MODE"); // two processes starting at once seed once
    const across = new CrossMunicipality(em);
    const existing = await Promise.all(["demo", "exempel"].map((slug) => across.municipalityBySlug(slug)));
    if (existing.some(Boolean)) return false;
    // Every demo user has the published password "demo": one scrypt hash serves all twenty.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const demo = await seedMunicipality(em, {
      slug: "demo",
      name: "Demo kommun",
      requirementKind: ResultRequirementKind.MIN_MARGIN,
      minMarginPercent: "1",
      password: DEMO_PASSWORD,
      passwordHash,
    });
    const exempel = await seedMunicipality(em, {
      slug: "exempel",
      name: "Exempel kommun",
      requirementKind: ResultRequirementKind.COST_PRICE,
      password: DEMO_PASSWORD,
      passwordHash,
    });
    // Österåker's model in `demo`, Linköping's in `exempel`.
    await seedDemoAgreements(new DemoWriter(em, demo), AgreementKind.DIREKTBESTALLNING);
    await seedDemoAgreements(new DemoWriter(em, exempel), AgreementKind.VERKSAMHETSUPPDRAG);
    return true;
  });
}
