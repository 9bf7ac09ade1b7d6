import type { DataSource, EntityManager } from "typeorm";
import { AdminTarget, adminSummaries } from "../administration/administration.events.js";
import type { RequirementSetting } from "../administration/administration.model.js";
import { administrationStore } from "../administration/administration.store.js";
import { provisionMunicipality } from "../administration/provisioning.js";
import { CrossMunicipality } from "../db/cross-municipality.js";
import type { Tx } from "../db/database.js";
import { ResultRequirementKind } from "../identity/identity.model.js";
import { issuePasswordLink } from "../identity/password-links.js";

/**
 * What an operator does at the command line (`npm run balans`), as the schema owner. Each change is one
 * transaction scoped to its municipality, and is recorded in that municipality's administration log
 * with no actor (an operator is no user of it).
 */

/** What the operator asked cannot be done; the message says why (exit code 1). */
export class Refusal extends Error {}

/** `min-margin:1`, `min-margin:1.5` or `cost-price`. */
export function parseRequirement(value: string | undefined): RequirementSetting {
  if (value === undefined || value === "cost-price") return { kind: ResultRequirementKind.COST_PRICE, minMarginPercent: "0" };
  const margin = /^min-margin:(.+)$/.exec(value);
  if (margin) return { kind: ResultRequirementKind.MIN_MARGIN, minMarginPercent: margin[1] };
  throw new Refusal(`--requirement must be min-margin:<percent> or cost-price, not "${value}"`);
}

export interface CreateMunicipalityArgs {
  slug: string;
  name: string;
  requirement: RequirementSetting;
  adminEmail: string;
  adminName: string;
  publicUrl: string;
}

export async function createMunicipality(owner: DataSource, args: CreateMunicipalityArgs): Promise<string[]> {
  const made = await owner.transaction((em) =>
    provisionMunicipality(em, {
      slug: args.slug,
      name: args.name,
      requirement: args.requirement,
      admin: { name: args.adminName, email: args.adminEmail },
      publicUrl: args.publicUrl,
    }),
  );
  const { municipality: m, admin } = made;
  const requirement =
    m.requirementKind === ResultRequirementKind.COST_PRICE ? "cost price (margin ≥ 0 %)" : `a margin of at least ${m.minMarginPercent} %`;
  return [
    `Created the municipality "${m.name}" (${m.slug}): organs ${Object.keys(made.organs).join(", ")}, the section template,`,
    `and the result requirement — ${requirement} — for every year (its ADMIN can set it per year).`,
    `Its administrator, ${admin.name} <${admin.email}> (ADMIN in KS), sets a password through this one-time link`,
    `(valid 72 hours, once; \`npm run balans -- user reset-link --email ${admin.email}\` makes a new one):`,
    "",
    `  ${made.setPasswordUrl}`,
  ];
}

interface MunicipalityRow {
  slug: string;
  name: string;
  users: number;
  active: number;
  organs: number;
  agreements: number;
}

/** Every municipality, each read in its own scope (the reviewed lookup lists their ids). */
export async function listMunicipalities(owner: DataSource): Promise<string[]> {
  const ids = await new CrossMunicipality(owner).municipalityIds();
  const rows: MunicipalityRow[] = [];
  for (const id of ids)
    rows.push(
      await inScope(owner, id, async (tx) => {
        const [row] = (await tx.em.query(
          `SELECT m.slug, m.name,
                  (SELECT count(*)::int FROM app_user u WHERE u.municipality_id = m.id) AS users,
                  (SELECT count(*)::int FROM app_user u WHERE u.municipality_id = m.id AND u.active) AS active,
                  (SELECT count(*)::int FROM organ o WHERE o.municipality_id = m.id) AS organs,
                  (SELECT count(*)::int FROM agreement a WHERE a.municipality_id = m.id) AS agreements
             FROM municipality m WHERE m.id = $1`,
          [tx.municipalityId],
        )) as MunicipalityRow[];
        return row;
      }),
    );
  if (rows.length === 0) return ["No municipalities yet: `npm run balans -- municipality create --help`"];
  rows.sort((a, b) => a.slug.localeCompare(b.slug));
  const table = [
    ["slug", "name", "users (active)", "organs", "agreements"],
    ...rows.map((r) => [r.slug, r.name, `${r.users} (${r.active})`, String(r.organs), String(r.agreements)]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return table.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * A new one-time link for the active user of `email` (earlier unused ones stop working): an
 * invitation again while they have set no password, else a reset. For an administrator who lost
 * their link, or a user whose administrator cannot help.
 */
export async function resetLink(owner: DataSource, email: string, publicUrl: string): Promise<string[]> {
  const candidate = await new CrossMunicipality(owner).passwordResetCandidate(email.trim().toLowerCase());
  if (!candidate) throw new Refusal(`No active user has the e-mail address ${email}`);
  const { user, url, reset } = await inScope(owner, candidate.municipalityId, async (tx) => {
    const user = (await administrationStore.user(tx, candidate.userId))!;
    const reset = await administrationStore.hasPassword(tx, user.id);
    const url = await issuePasswordLink(tx, user.id, reset ? "RESET" : "INVITATION", publicUrl);
    await administrationStore.appendAudit(tx, null, {
      action: "resetLink",
      target: AdminTarget.USER,
      targetId: user.id,
      summary: `${adminSummaries.linkIssued(user.name, reset)} (av en operatör)`,
    });
    return { user, url, reset };
  });
  return [
    `A one-time link for ${user.name} <${user.email}> to set ${reset ? "a new" : "their first"} password (valid 72 hours, once):`,
    "",
    `  ${url}`,
  ];
}

/** One transaction of the owner, scoped to a municipality as the server's are. */
function inScope<T>(owner: DataSource, municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return owner.transaction(async (em: EntityManager) => {
    await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    return work({ em, municipalityId, signals: [] });
  });
}
