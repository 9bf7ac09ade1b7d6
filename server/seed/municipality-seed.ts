import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { DEFAULT_SECTION_TEMPLATE } from "../agreements/agreement.model.js";
import { SectionTemplateEntity } from "../agreements/agreement.entities.js";
import { MunicipalityEntity, OrganEntity, RoleAssignmentEntity, UserEntity } from "../identity/identity.entities.js";
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
 * A municipality with the demo organs, one user per role, and the default section template. `em` is
 * a transaction: it is scoped to the new municipality (row-level security admits its rows only then).
 */
export async function seedMunicipality(em: EntityManager, seed: MunicipalitySeed): Promise<SeededMunicipality> {
  const id = randomUUID();
  await em.query("SELECT set_config('app.municipality_id', $1, true)", [id]);
  const municipality = await em.save(
    em.create(MunicipalityEntity, {
      id,
      slug: seed.slug,
      name: seed.name,
      requirementKind: seed.requirementKind,
      minMarginPercent: seed.minMarginPercent ?? "0",
      queueWarnDays: 14,
      queueOverdueDays: 30,
    }),
  );
  const municipalityId = municipality.id;
  const organs = {} as SeededMunicipality["organs"];
  for (const organ of DEMO_ORGANS) organs[organ.shortName] = await em.save(em.create(OrganEntity, { ...organ, municipalityId }));
  const users = {} as SeededMunicipality["users"];
  for (const user of DEMO_USERS) {
    const passwordHash = seed.passwordHash ?? (await hashPassword(seed.password));
    users[user.who] = await em.save(
      em.create(UserEntity, { municipalityId, name: user.name, email: demoEmail(user.who, seed.slug), passwordHash }),
    );
    await em.insert(RoleAssignmentEntity, { municipalityId, userId: users[user.who].id, organId: organs[user.organ].id, role: user.role });
  }
  await em.insert(
    SectionTemplateEntity,
    DEFAULT_SECTION_TEMPLATE.map((s, position) => ({ ...s, position, municipalityId })),
  );
  return { municipality, organs, users };
}
