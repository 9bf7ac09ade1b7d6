import { randomBytes } from "node:crypto";
import { hashPassword } from "../../server/identity/passwords.js";
import type { TestMunicipality } from "./factories.js";
import { gql, ok, type GraphqlResult } from "./graphql.js";
import { asOwner } from "./owner.js";

type Caller = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;

export const ORGAN_FIELDS = "id name shortName kind active inUse";
export const USER_FIELDS = "id name email active roles { role organ { id shortName } }";
export const SETTINGS_FIELDS = `version queueWarnDays queueOverdueDays passwordLoginAllowed
  strategicValueMediumFrom strategicValueHighFrom
  defaultRequirement { kind minMarginPercent } requirements { year kind minMarginPercent }`;

export const CREATE_ORGAN = `mutation($input: OrganInput!) { createOrgan(input: $input) { ${ORGAN_FIELDS} } }`;
export const UPDATE_ORGAN = `mutation($id: ID!, $input: OrganInput!) { updateOrgan(id: $id, input: $input) { ${ORGAN_FIELDS} } }`;
export const DEACTIVATE_ORGAN = `mutation($id: ID!) { deactivateOrgan(id: $id) { ${ORGAN_FIELDS} } }`;
export const REACTIVATE_ORGAN = `mutation($id: ID!) { reactivateOrgan(id: $id) { ${ORGAN_FIELDS} } }`;
export const ORGANS = `query($all: Boolean) { organs(includeInactive: $all) { ${ORGAN_FIELDS} } }`;

export const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { setPasswordUrl user { ${USER_FIELDS} } } }`;
export const RESEND = `mutation($id: ID!) { resendInvitation(userId: $id) { setPasswordUrl user { id } } }`;
export const SET_ROLES = `mutation($id: ID!, $roles: [RoleInput!]!) { setUserRoles(userId: $id, roles: $roles) { ${USER_FIELDS} } }`;
export const DEACTIVATE_USER = `mutation($id: ID!) { deactivateUser(userId: $id) { ${USER_FIELDS} } }`;
export const REACTIVATE_USER = `mutation($id: ID!) { reactivateUser(userId: $id) { ${USER_FIELDS} } }`;
export const USERS = `{ users { ${USER_FIELDS} } }`;

export const TEMPLATE = "{ sectionTemplate { version entries { key title required position } } }";
export const SET_TEMPLATE = `mutation($entries: [SectionTemplateInput!]!, $v: Int!) {
  setSectionTemplate(entries: $entries, expectedVersion: $v) { version entries { key title required position } } }`;

export const SETTINGS = `{ municipalitySettings { ${SETTINGS_FIELDS} } }`;
export const UPDATE_SETTINGS = `mutation($input: MunicipalitySettingsInput!, $v: Int!) {
  updateMunicipalitySettings(input: $input, expectedVersion: $v) { ${SETTINGS_FIELDS} } }`;
export const SET_DEFAULT_REQUIREMENT = `mutation($input: ResultRequirementInput!, $v: Int!) {
  setDefaultResultRequirement(input: $input, expectedVersion: $v) { ${SETTINGS_FIELDS} } }`;
export const SET_REQUIREMENT = `mutation($year: Int!, $input: ResultRequirementInput!, $v: Int!) {
  setResultRequirement(year: $year, input: $input, expectedVersion: $v) { ${SETTINGS_FIELDS} } }`;
export const REMOVE_REQUIREMENT = `mutation($year: Int!, $v: Int!) { removeResultRequirement(year: $year, expectedVersion: $v) { ${SETTINGS_FIELDS} } }`;

export const ADMIN_LOG = `query($limit: Int, $offset: Int) { adminLog(limit: $limit, offset: $offset) {
  id at actor { id email } action targetType targetId summary before after } }`;

/** A short name no other organ of the test has. */
export const freshShortName = () => `T${randomBytes(3).toString("hex").toUpperCase()}`;
/** An address no other user of the run has. */
export const freshEmail = (who = "ny") => `${who}.${randomBytes(4).toString("hex")}@test.balans.se`;

export interface CreatedUser {
  setPasswordUrl: string | null;
  user: {
    id: string;
    name: string;
    email: string;
    active: boolean;
    roles: Array<{ role: string; organ: { id: string; shortName: string } }>;
  };
}

/** A new user made by `admin` through the API, with `roles` (default: HANDLAGGARE in VON). */
export async function createUser(
  admin: Caller,
  m: TestMunicipality,
  overrides: { name?: string; email?: string; roles?: Array<{ role: string; organId: string }> } = {},
): Promise<CreatedUser> {
  const input = {
    name: overrides.name ?? "Nora Ny",
    email: overrides.email ?? freshEmail(),
    roles: overrides.roles ?? [{ role: "HANDLAGGARE", organId: m.organs.VON.id }],
  };
  return ok(await admin<{ createUser: CreatedUser }>(CREATE_USER, { input })).createUser;
}

let demoHash: Promise<string> | undefined;

/**
 * Gives a user the password "demo" behind the API's back, as setting it through the one-time link
 * would (that mutation is another capability's), and answers a caller logged in as them.
 */
export async function loggedInAs(server: { graphqlUrl: string }, m: TestMunicipality, user: { id: string; email: string }) {
  demoHash ??= hashPassword("demo");
  await asOwner(m.municipality.id, "UPDATE app_user SET password_hash = $2 WHERE id = $1 RETURNING id", [user.id, await demoHash]);
  const login = ok(
    await gql<{ login: { token: string } }>(server, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", {
      e: user.email,
      p: "demo",
    }),
  ).login;
  const call = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(server, query, variables, login.token);
  return Object.assign(call, { token: login.token });
}

export async function settingsVersion(caller: Caller): Promise<number> {
  return ok(await caller<{ municipalitySettings: { version: number } }>(SETTINGS)).municipalitySettings.version;
}

export async function templateVersion(caller: Caller): Promise<number> {
  return ok(await caller<{ sectionTemplate: { version: number } }>(TEMPLATE)).sectionTemplate.version;
}
