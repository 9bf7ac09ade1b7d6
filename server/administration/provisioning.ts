import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { DEFAULT_SECTION_TEMPLATE } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { badInput } from "../errors.js";
import type { MunicipalityEntity, OrganEntity, UserEntity } from "../identity/identity.entities.js";
import { Role, type OrganKind } from "../identity/identity.model.js";
import { issuePasswordLink } from "../identity/password-links.js";
import { requiredText } from "../validation/input.js";
import { AdminTarget, adminSummaries } from "./administration.events.js";
import { ADMIN_ORGAN, STANDARD_ORGANS, type RequirementSetting } from "./administration.model.js";
import { administrationStore as store } from "./administration.store.js";
import { organFields, requirementSetting, userFields } from "./administration.validation.js";

export interface MunicipalityProvision {
  /** The municipality's address in Balans (`/<slug>/offentligt`): a–z, digits and hyphens. */
  slug: string;
  name: string;
  requirement: RequirementSetting;
  /** KF, KS, a beställarnämnd and PS unless given (the demo adds KUN); one must be KS, where the first ADMIN sits. */
  organs?: ReadonlyArray<{ shortName: string; name: string; kind: OrganKind }>;
  /** The first administrator. With a password hash (the demo's) no link is made; else `publicUrl` is needed for it. */
  admin: { name: string; email: string; passwordHash?: string };
  publicUrl?: string;
}

export interface ProvisionedMunicipality {
  municipality: MunicipalityEntity;
  organs: Record<string, OrganEntity>;
  admin: UserEntity;
  /** The admin's one-time link to set a password (72 hours, once); null when the admin was given one. */
  setPasswordUrl: string | null;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A new municipality, ready for its administrator: its organs, the section template, the result
 * requirement and the first ADMIN (in KS), and a line in its administration log with no actor (an
 * operator). The one way a municipality is made: by `npm run balans -- municipality create` and by
 * the demo seed alike. `em` is a transaction of the schema owner, which this scopes to the new
 * municipality (row-level security admits its rows only then). Refusals are BAD_USER_INPUT naming the
 * field (`slug`, `email`, …), before anything is kept.
 */
export async function provisionMunicipality(em: EntityManager, p: MunicipalityProvision): Promise<ProvisionedMunicipality> {
  const slug = p.slug.trim();
  if (!SLUG.test(slug)) throw badInput("Kortnamnet (slug) ska vara små bokstäver a–z, siffror och bindestreck, t.ex. osteraker", "slug");
  const name = requiredText(p.name, "name", "Namnet", 200);
  const requirement = requirementSetting(p.requirement);
  const organs = (p.organs ?? STANDARD_ORGANS).map(organFields);
  if (!organs.some((o) => o.shortName === ADMIN_ORGAN)) throw badInput(`Organen måste omfatta ${ADMIN_ORGAN}`, "organs");
  const admin = userFields(p.admin);

  const tx: Tx = { em, municipalityId: randomUUID(), signals: [] };
  await em.query("SELECT set_config('app.municipality_id', $1, true)", [tx.municipalityId]);
  const [created] = (await em.query(
    `INSERT INTO municipality (id, slug, name, requirement_kind, min_margin_percent) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [tx.municipalityId, slug, name, requirement.kind, requirement.minMarginPercent],
  )) as unknown[];
  if (!created) throw badInput(`Det finns redan en kommun med kortnamnet ${slug}`, "slug");

  const byShortName: Record<string, OrganEntity> = {};
  for (const organ of organs) byShortName[organ.shortName] = (await store.insertOrgan(tx, organ))!;
  await store.replaceTemplate(tx, DEFAULT_SECTION_TEMPLATE, 1);
  const user = await store.insertUser(tx, { ...admin, passwordHash: p.admin.passwordHash });
  if (!user) throw badInput("E-postadressen används redan av ett annat konto", "email");
  await store.replaceRoles(tx, user.id, [{ role: Role.ADMIN, organId: byShortName[ADMIN_ORGAN].id }]);
  let setPasswordUrl: string | null = null;
  if (!p.admin.passwordHash) {
    if (!p.publicUrl) throw new Error("provisionMunicipality: publicUrl is needed for the admin's one-time link");
    setPasswordUrl = await issuePasswordLink(tx, user.id, "INVITATION", p.publicUrl);
  }
  await store.appendAudit(tx, null, {
    action: "createMunicipality",
    target: AdminTarget.MUNICIPALITY,
    targetId: tx.municipalityId,
    summary: adminSummaries.municipalityCreated(name),
    after: { slug, name, requirement, organs, admin: { name: user.name, email: user.email } },
  });
  return { municipality: await store.municipality(tx), organs: byShortName, admin: user, setPasswordUrl };
}
