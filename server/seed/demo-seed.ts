import type { DataSource } from "typeorm";
import { AgreementKind } from "../agreements/agreement.model.js";
import { CrossMunicipality } from "../db/cross-municipality.js";
import { ResultRequirementKind } from "../identity/identity.model.js";
import { hashPassword } from "../identity/passwords.js";
import { seedDemoAgreements } from "./demo-agreements.js";
import { DemoWriter } from "./demo-writer.js";
import { seedMunicipality, type MunicipalitySeed } from "./municipality-seed.js";

export const DEMO_PASSWORD = "demo";

/** The two demo municipalities: Österåker's model in `demo`, Linköping's in `exempel`. */
const DEMO_MUNICIPALITIES: ReadonlyArray<
  Omit<MunicipalitySeed, "password" | "passwordHash"> & {
    agreementKind: AgreementKind.DIREKTBESTALLNING | AgreementKind.VERKSAMHETSUPPDRAG;
  }
> = [
  {
    slug: "demo",
    name: "Demo kommun",
    requirementKind: ResultRequirementKind.MIN_MARGIN,
    minMarginPercent: "1",
    agreementKind: AgreementKind.DIREKTBESTALLNING,
  },
  {
    slug: "exempel",
    name: "Exempel kommun",
    requirementKind: ResultRequirementKind.COST_PRICE,
    agreementKind: AgreementKind.VERKSAMHETSUPPDRAG,
  },
];

/**
 * API.md's demo data: each demo municipality that does not exist yet (row-level security hides the
 * others, so "is the database empty" is not something to ask) gets example agreements in every state
 * (`demo-agreements.ts`), written through the commands as its demo users. Each municipality is written in
 * one transaction of its own, whole or not at all, and the two at once on two connections: the seed
 * waits on round trips far more than it computes, so this nearly halves a first start. Returns whether
 * it seeded anything.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  // Every demo user has the published password "demo": one scrypt hash serves all twenty.
  const passwordHash = hashPassword(DEMO_PASSWORD);
  passwordHash.catch(() => {}); // awaited below, where its failure fails the seed
  const seeded = await Promise.all(
    DEMO_MUNICIPALITIES.map(({ agreementKind, ...municipality }) =>
      dataSource.transaction(async (em) => {
        // Two processes starting at once seed each municipality once: the second waits here, then finds it.
        await em.query("SELECT pg_advisory_xact_lock(hashtext('balans: demo seed ' || $1))", [municipality.slug]);
        if (await new CrossMunicipality(em).municipalityBySlug(municipality.slug)) return false;
        const seededMunicipality = await seedMunicipality(em, {
          ...municipality,
          password: DEMO_PASSWORD,
          passwordHash: await passwordHash,
        });
        await seedDemoAgreements(new DemoWriter(em, seededMunicipality), agreementKind);
        return true;
      }),
    ),
  );
  return seeded.some(Boolean);
}
