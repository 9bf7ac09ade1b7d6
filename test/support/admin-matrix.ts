import type { DemoWho } from "../../server/seed/municipality-seed.js";
import {
  CREATE_ORGAN,
  DEACTIVATE_ORGAN,
  DEACTIVATE_USER,
  SET_REQUIREMENT,
  TEMPLATE,
  createUser,
  freshEmail,
  freshShortName,
  settingsVersion,
} from "./administration.js";
import { AGREEMENT_STATES, type Caller, type World } from "./command-matrix.js";
import { ok } from "./graphql.js";
import { asOwner } from "./owner.js";

/**
 * The administrative commands in the command matrix (test/command-matrix.test.ts): the municipality's
 * ADMIN may, every other role is FORBIDDEN and writes nothing. They act on no agreement, so its
 * states do not matter (tried in one); none carries a permission flag. Each run gets a target of its
 * own, and changes nothing the agreement cases rely on (the template is set to what it is, requirements
 * to years no agreement has).
 */
const ADMIN: DemoWho[] = ["admin"];

const administrative = (query: string, variables: (w: World) => Promise<Record<string, unknown>>) => ({
  roles: ADMIN,
  states: AGREEMENT_STATES,
  across: ["DRAFT"],
  prepare: async (w: World) => {
    const vars = await variables(w);
    return { run: (caller: Caller) => caller(query, vars), flag: async () => null };
  },
});

const organ = async (w: World) =>
  ok(await w.as.admin(CREATE_ORGAN, { input: { name: "Nämnd", shortName: freshShortName(), kind: "BESTALLARNAMND" } })).createOrgan
    .id as string;
const user = async (w: World) => (await createUser(w.as.admin, w.m)).user.id;
const organInput = { name: "Omdöpt nämnd", shortName: "OMD", kind: "BESTALLARNAMND" };

/** The municipality's single sign-on, configured behind the server's back if it is not; its version. */
async function withSingleSignOn(w: World): Promise<number> {
  await asOwner(
    w.m.municipality.id,
    `INSERT INTO oidc_config (municipality_id, issuer, client_id, display_name) VALUES ($1, 'https://login.example.se', 'balans', 'Testkommun')
     ON CONFLICT (municipality_id) DO NOTHING`,
    [w.m.municipality.id],
  );
  return (await asOwner(w.m.municipality.id, "SELECT version FROM oidc_config"))[0].version as number;
}
const SSO_INPUT = {
  issuer: "https://login.example.se",
  clientId: "balans",
  displayName: "Testkommun",
  emailDomains: [],
  jitEnabled: false,
};

export const ADMIN_CASES = {
  createOrgan: administrative("mutation($input: OrganInput!) { createOrgan(input: $input) { id } }", async () => ({
    input: { name: "Ny nämnd", shortName: freshShortName(), kind: "BESTALLARNAMND" },
  })),
  updateOrgan: administrative("mutation($id: ID!, $input: OrganInput!) { updateOrgan(id: $id, input: $input) { id } }", async (w) => ({
    id: await organ(w),
    input: { ...organInput, shortName: freshShortName() },
  })),
  deactivateOrgan: administrative("mutation($id: ID!) { deactivateOrgan(id: $id) { id } }", async (w) => ({ id: await organ(w) })),
  reactivateOrgan: administrative("mutation($id: ID!) { reactivateOrgan(id: $id) { id } }", async (w) => {
    const id = await organ(w);
    ok(await w.as.admin(DEACTIVATE_ORGAN, { id }));
    return { id };
  }),
  createUser: administrative("mutation($input: CreateUserInput!) { createUser(input: $input) { setPasswordUrl } }", async (w) => ({
    input: { name: "Ny Användare", email: freshEmail(), roles: [{ role: "HANDLAGGARE", organId: w.m.organs.VON.id }] },
  })),
  resendInvitation: administrative("mutation($id: ID!) { resendInvitation(userId: $id) { setPasswordUrl } }", async (w) => ({
    id: await user(w),
  })),
  setUserRoles: administrative(
    "mutation($id: ID!, $roles: [RoleInput!]!) { setUserRoles(userId: $id, roles: $roles) { id } }",
    async (w) => ({
      id: await user(w),
      roles: [{ role: "FORVALTNINGSCHEF", organId: w.m.organs.KUN.id }],
    }),
  ),
  deactivateUser: administrative("mutation($id: ID!) { deactivateUser(userId: $id) { id } }", async (w) => ({ id: await user(w) })),
  reactivateUser: administrative("mutation($id: ID!) { reactivateUser(userId: $id) { id } }", async (w) => {
    const id = await user(w);
    ok(await w.as.admin(DEACTIVATE_USER, { id }));
    return { id };
  }),
  setSectionTemplate: administrative(
    "mutation($entries: [SectionTemplateInput!]!, $v: Int!) { setSectionTemplate(entries: $entries, expectedVersion: $v) { version } }",
    async (w) => {
      const { version, entries } = ok(await w.as.admin(TEMPLATE)).sectionTemplate;
      return { v: version, entries: entries.map(({ key, title, required }: Record<string, unknown>) => ({ key, title, required })) };
    },
  ),
  updateMunicipalitySettings: administrative(
    "mutation($v: Int!) { updateMunicipalitySettings(input: { queueWarnDays: 14, queueOverdueDays: 30, passwordLoginAllowed: true }, expectedVersion: $v) { version } }",
    async (w) => ({ v: await settingsVersion(w.as.admin) }),
  ),
  setDefaultResultRequirement: administrative(
    'mutation($v: Int!) { setDefaultResultRequirement(input: { kind: MIN_MARGIN, minMarginPercent: "1" }, expectedVersion: $v) { version } }',
    async (w) => ({ v: await settingsVersion(w.as.admin) }),
  ),
  setResultRequirement: administrative(
    'mutation($v: Int!) { setResultRequirement(year: 2099, input: { kind: MIN_MARGIN, minMarginPercent: "3" }, expectedVersion: $v) { version } }',
    async (w) => ({ v: await settingsVersion(w.as.admin) }),
  ),
  removeResultRequirement: administrative(
    "mutation($v: Int!) { removeResultRequirement(year: 2098, expectedVersion: $v) { version } }",
    async (w) => {
      const v = await settingsVersion(w.as.admin);
      const set = ok(await w.as.admin(SET_REQUIREMENT, { year: 2098, input: { kind: "COST_PRICE" }, v }));
      return { v: set.setResultRequirement.version };
    },
  ),
  configureSingleSignOn: administrative(
    "mutation($i: SingleSignOnInput!, $v: Int!) { configureSingleSignOn(input: $i, expectedVersion: $v) { version } }",
    async (w) => ({ i: SSO_INPUT, v: await withSingleSignOn(w) }),
  ),
  removeSingleSignOn: administrative("mutation { removeSingleSignOn }", async (w) => {
    await withSingleSignOn(w);
    return {};
  }),
  setGroupRoleMappings: administrative(
    "mutation($m: [GroupRoleMappingInput!]!) { setGroupRoleMappings(mappings: $m) { version } }",
    async (w) => {
      await withSingleSignOn(w);
      return { m: [{ group: "balans-chefer", organId: w.m.organs.VON.id, role: "FORVALTNINGSCHEF" }] };
    },
  ),
};
