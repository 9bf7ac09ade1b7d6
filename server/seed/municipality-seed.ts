import type { EntityManager } from "typeorm";
import { administrationStore } from "../administration/administration.store.js";
import { provisionMunicipality } from "../administration/provisioning.js";
import type { Tx } from "../db/database.js";
import type { MunicipalityEntity, OrganEntity, UserEntity } from "../identity/identity.entities.js";
import { OrganKind, ResultRequirementKind, Role } from "../identity/identity.model.js";
import { hashPassword } from "../identity/passwords.js";

export const DEMO_ORGANS = [
  { shortName: "KF", name: "Kommunfullmäktige", kind: OrganKind.KOMMUNFULLMAKTIGE },
  { shortName: "KS", name: "Kommunstyrelsen", kind: OrganKind.KOMMUNSTYRELSE },
  { shortName: "VON", name: "Vård- och omsorgsnämnden", kind: OrganKind.BESTALLARNAMND },
  { shortName: "KUN", name: "Kultur- och utbildningsnämnden", kind: OrganKind.BESTALLARNAMND },
  { shortName: "PS", name: "Produktionsstyrelsen", kind: OrganKind.PRODUKTIONSSTYRELSE },
] as const;

/** API.md's demo users: `<who>@<slug>.balans.se`. */
export const DEMO_USERS = [
  { who: "von.chef", name: "Vera Lind", role: Role.FORVALTNINGSCHEF, organ: "VON" },
  { who: "kun.chef", name: "Karl Ek", role: Role.FORVALTNINGSCHEF, organ: "KUN" },
  { who: "ps.chef", name: "Petra Sjöberg", role: Role.FORVALTNINGSCHEF, organ: "PS" },
  { who: "von.handlaggare", name: "Hanna Berg", role: Role.HANDLAGGARE, organ: "VON" },
  { who: "ps.handlaggare", name: "Pål Åkesson", role: Role.HANDLAGGARE, organ: "PS" },
  { who: "von.sekreterare", name: "Sara Öhman", role: Role.NAMNDSEKRETERARE, organ: "VON" },
  { who: "ps.sekreterare", name: "Stig Holm", role: Role.NAMNDSEKRETERARE, organ: "PS" },
  { who: "kommunledning", name: "Kristina Dahl", role: Role.KOMMUNLEDNING, organ: "KS" },
  { who: "revisor", name: "Rolf Nyström", role: Role.REVISOR, organ: "KS" },
  { who: "admin", name: "Anna Admin", role: Role.ADMIN, organ: "KS" },
] as const;

export type DemoWho = (typeof DEMO_USERS)[number]["who"];

export interface MunicipalitySeed {
  slug: string;
  name: string;
  requirementKind: ResultRequirementKind;
  minMarginPercent?: string;
  password: string;
  /** A precomputed hash of `password`, shared by all users: for tests, where hashing per user is slow. */
  passwordHash?: string;
}

export interface SeededMunicipality {
  municipality: MunicipalityEntity;
  organs: Record<(typeof DEMO_ORGANS)[number]["shortName"], OrganEntity>;
  users: Record<DemoWho, UserEntity>;
}

export const demoEmail = (who: string, slug: string) => `${who}@${slug}.balans.se`;

/**
 * A municipality with the demo organs, one user per role, and the default section template: made
 * by the one provisioning path (`provisionMunicipality`, as `npm run balans -- municipality create`
 * makes one), whose first administrator is the demo's `admin`; then the other demo users. `em` is a
 * transaction of the schema owner.
 */
export async function seedMunicipality(em: EntityManager, seed: MunicipalitySeed): Promise<SeededMunicipality> {
  const passwordHash = () => (seed.passwordHash ? Promise.resolve(seed.passwordHash) : hashPassword(seed.password));
  const admin = DEMO_USERS.find((u) => u.role === Role.ADMIN)!;
  const provisioned = await provisionMunicipality(em, {
    slug: seed.slug,
    name: seed.name,
    requirement: { kind: seed.requirementKind, minMarginPercent: seed.minMarginPercent ?? "0" },
    organs: DEMO_ORGANS,
    admin: { name: admin.name, email: demoEmail(admin.who, seed.slug), passwordHash: await passwordHash() },
  });
  const tx: Tx = { em, municipalityId: provisioned.municipality.id, signals: [] };
  const organs = provisioned.organs as SeededMunicipality["organs"];
  const users = { [admin.who]: provisioned.admin } as SeededMunicipality["users"];
  for (const user of DEMO_USERS.filter((u) => u !== admin)) {
    const created = await administrationStore.insertUser(tx, {
      name: user.name,
      email: demoEmail(user.who, seed.slug),
      passwordHash: await passwordHash(),
    });
    if (!created) throw new Error(`${demoEmail(user.who, seed.slug)} exists already`);
    await administrationStore.replaceRoles(tx, created.id, [{ role: user.role, organId: organs[user.organ].id }]);
    users[user.who] = created;
  }
  return { municipality: provisioned.municipality, organs, users };
}
