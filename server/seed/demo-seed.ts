import type { DataSource } from "typeorm";
import { MunicipalityEntity } from "../identity/identity.entities.js";
import { ResultRequirementKind } from "../identity/identity.model.js";
import { seedMunicipality } from "./municipality-seed.js";

export const DEMO_PASSWORD = "demo";

/** API.md's demo data, written once, on an empty database. Returns whether it seeded. */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    await em.query("LOCK TABLE municipality IN EXCLUSIVE MODE"); // two processes starting at once seed once
    if ((await em.count(MunicipalityEntity)) > 0) return false;
    await seedMunicipality(em, {
      slug: "demo",
      name: "Demo kommun",
      requirementKind: ResultRequirementKind.MIN_MARGIN,
      minMarginPercent: "1",
      password: DEMO_PASSWORD,
    });
    await seedMunicipality(em, {
      slug: "exempel",
      name: "Exempel kommun",
      requirementKind: ResultRequirementKind.COST_PRICE,
      password: DEMO_PASSWORD,
    });
    return true;
  });
}
