import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { OrganEntity, RoleAssignmentEntity, UserEntity } from "../identity/identity.entities.js";
import { RolesTopic } from "../identity/identity.events.js";
import { Role } from "../identity/identity.model.js";
import { issuePasswordLink, type PasswordLinkPurpose } from "../identity/password-links.js";
import { endSessions } from "../identity/sessions.store.js";
import { enqueueMail } from "../mail/outbox.js";
import type { Command } from "../pipeline/command.js";
import { AdminTarget, adminSummaries, type AdminChange } from "./administration.events.js";
import { LAST_ADMIN_REFUSAL, leavesNoAdmin } from "./administration.model.js";
import { administrationStore as store, type RoleRow } from "./administration.store.js";
import { roleSet, userFields } from "./administration.validation.js";
import { administers } from "./organs.commands.js";

export interface RoleInput {
  role: Role;
  organId: string;
}

/** Where a one-time link goes: the server's public address, and whether mail is configured (SMTP_URL). */
export interface LinkDelivery {
  publicUrl: string;
  byMail: boolean;
}

/** A user and their one-time link; the link is null when it went by e-mail. */
export interface Invitation {
  user: UserEntity;
  setPasswordUrl: string | null;
}

/**
 * A new one-time link for `user` (their earlier unused ones stop working): queued as a mail when mail
 * is configured, in the same transaction, else answered for the administrator to pass on.
 */
async function deliverLink(tx: Tx, user: UserEntity, purpose: PasswordLinkPurpose, delivery: LinkDelivery, invitedBy: string | null) {
  const url = await issuePasswordLink(tx, user.id, purpose, delivery.publicUrl);
  if (!delivery.byMail) return url;
  const municipalityName = (await store.municipality(tx)).name;
  await enqueueMail(tx, {
    recipient: user.email,
    userId: user.id,
    kind: purpose === "INVITATION" ? "INVITATION" : "PASSWORD_RESET",
    language: user.language,
    data: { url, municipalityName, invitedBy },
  });
  return null;
}

/** The organs roles name, every one of this municipality: another's (or none) is NOT_FOUND. */
async function namedOrgans(tx: Tx, roles: readonly RoleInput[]): Promise<Map<string, OrganEntity>> {
  const organs = await store.organs(
    tx,
    roles.map((r) => r.organId),
  );
  if (roles.some((r) => !organs.has(r.organId))) throw notFound("Organet");
  return organs;
}

async function requireUser(tx: Tx, id: string): Promise<UserEntity> {
  return (await store.user(tx, id)) ?? Promise.reject(notFound("Användaren"));
}

/** A role may stay in a deactivated organ, but none is newly given in one. */
function refuseNewRolesInInactiveOrgans(roles: readonly RoleRow[], organs: Map<string, OrganEntity>, current: readonly RoleRow[] = []) {
  const had = new Set(current.map((r) => `${r.role}:${r.organId}`));
  const inactive = roles.find((r) => !organs.get(r.organId)!.active && !had.has(`${r.role}:${r.organId}`));
  if (inactive) throw badInput(`${organs.get(inactive.organId)!.name} är inaktiverat; välj ett aktivt organ`, "roles");
}

/** Roles as the administration log records them: role and the organ's short name. */
const roleRecord = (roles: readonly RoleRow[], organs: Map<string, OrganEntity>) =>
  roles
    .map((r) => ({ role: r.role, organ: organs.get(r.organId)?.shortName ?? r.organId }))
    .sort((a, b) => (a.role + a.organ).localeCompare(b.role + b.organ));

const userRecord = (user: UserEntity) => ({ name: user.name, email: user.email, active: user.active });

const userChange = (action: string, summary: string, user: UserEntity, before: object | null, after: object | null): AdminChange => ({
  action,
  target: AdminTarget.USER,
  targetId: user.id,
  summary,
  before: before as Record<string, unknown> | null,
  after: after as Record<string, unknown> | null,
});

interface CreateUserInput {
  input: { name: string; email: string; roles: RoleInput[] };
  delivery: LinkDelivery;
}

/**
 * A new user with their roles, committed together, and an invitation: a one-time link to set a
 * password. An e-mail address already in use anywhere in the installation (sign-in is by address) is
 * BAD_USER_INPUT on `email`, worded alike wherever the other user is.
 */
export const createUser: Command<
  CreateUserInput,
  { organs: Map<string, OrganEntity>; inviter: UserEntity | null },
  { name: string; email: string; roles: RoleRow[]; delivery: LinkDelivery },
  Invitation
> = {
  name: "createUser",
  load: async ({ tx, actor }, { input }) => ({ organs: await namedOrgans(tx, input.roles), inviter: await store.user(tx, actor.userId) }),
  policy: administers,
  lifecycle: { refusal: "" },
  validate(_ctx, { input, delivery }, { organs }) {
    const fields = userFields(input);
    const roles = roleSet(input.roles);
    refuseNewRolesInInactiveOrgans(roles, organs);
    return { ...fields, roles, delivery };
  },
  async write({ tx }, { organs, inviter }, { name, email, roles, delivery }) {
    const user = await store.insertUser(tx, { name, email });
    if (!user) throw badInput("E-postadressen används redan av ett annat konto", "email");
    await store.replaceRoles(tx, user.id, roles);
    const setPasswordUrl = await deliverLink(tx, user, "INVITATION", delivery, inviter?.name ?? null);
    const after = { ...userRecord(user), roles: roleRecord(roles, organs) };
    return {
      result: { user, setPasswordUrl },
      audit: [userChange("createUser", adminSummaries.userCreated(name, email), user, null, after)],
    };
  },
};

/**
 * A new one-time link for an active user: an invitation again while they have set no password, else
 * a link to set a new one (an administrator's reset). Earlier unused links stop working.
 */
export const resendInvitation: Command<
  { userId: string; delivery: LinkDelivery },
  { user: UserEntity; inviter: UserEntity | null },
  LinkDelivery,
  Invitation
> = {
  name: "resendInvitation",
  load: async ({ tx, actor }, { userId }) => ({ user: await requireUser(tx, userId), inviter: await store.user(tx, actor.userId) }),
  policy: administers,
  lifecycle: { refusal: "", check: ({ user }) => (user.active ? null : "Användaren är inaktiverad; återaktivera hen först") },
  validate: (_ctx, { delivery }) => delivery,
  async write({ tx }, { user, inviter }, delivery) {
    const reset = await store.hasPassword(tx, user.id);
    const setPasswordUrl = await deliverLink(tx, user, reset ? "RESET" : "INVITATION", delivery, inviter?.name ?? null);
    return {
      result: { user, setPasswordUrl },
      audit: [userChange("resendInvitation", adminSummaries.linkIssued(user.name, reset), user, null, null)],
    };
  },
};

interface RolesChange {
  user: UserEntity;
  organs: Map<string, OrganEntity>;
  current: RoleAssignmentEntity[];
  /** The active administrators, read under the municipality's lock. */
  admins: string[];
  requested: RoleInput[];
}

/**
 * Replaces a user's roles with the set given (a role named twice counts once). It takes effect at
 * once: HTTP requests read roles per request, and the user's open sockets reconnect (`RolesTopic`).
 * The last active ADMIN keeps that role (INVALID_STATE).
 */
export const setUserRoles: Command<{ userId: string; roles: RoleInput[] }, RolesChange, RoleRow[], UserEntity> = {
  name: "setUserRoles",
  async load({ tx }, { userId, roles }) {
    await store.lockMunicipality(tx); // counts of administrators hold until commit
    const user = await requireUser(tx, userId);
    const current = await store.roles(tx, user.id);
    const organs = await namedOrgans(tx, [...roles, ...current]);
    return { user, organs, current, admins: await store.activeAdmins(tx), requested: roles };
  },
  policy: administers,
  lifecycle: {
    refusal: "",
    check: ({ user, admins, requested }) =>
      leavesNoAdmin(
        admins,
        user.id,
        requested.some((r) => r.role === Role.ADMIN),
      )
        ? LAST_ADMIN_REFUSAL
        : null,
  },
  validate(_ctx, { roles }, { organs, current }) {
    const set = roleSet(roles);
    refuseNewRolesInInactiveOrgans(set, organs, current);
    return set;
  },
  unchanged({ user, current, requested }) {
    const key = (r: RoleRow) => `${r.role}:${r.organId}`;
    const wanted = new Set(requested.map(key));
    return wanted.size === current.length && current.every((r) => wanted.has(key(r))) ? user : null;
  },
  async write({ tx }, { user, organs, current }, roles) {
    await store.replaceRoles(tx, user.id, roles);
    return {
      result: user,
      signals: [RolesTopic.signal(tx.municipalityId, user.id)],
      audit: [
        userChange(
          "setUserRoles",
          adminSummaries.rolesSet(user.name),
          user,
          { roles: roleRecord(current, organs) },
          { roles: roleRecord(roles, organs) },
        ),
      ],
    };
  },
};

interface Activation {
  user: UserEntity;
  admins: string[];
}

/**
 * A deactivated user cannot sign in, their sessions end at once and their sockets close (on every
 * server process), and their unused one-time links stop working. Nobody deactivates themselves, and
 * the last active ADMIN stays (INVALID_STATE); the municipality's lock makes two administrators
 * deactivating each other at once leave one.
 */
export const deactivateUser: Command<{ userId: string }, Activation, { userId: string }, UserEntity> = {
  name: "deactivateUser",
  async load({ tx }, { userId }) {
    await store.lockMunicipality(tx);
    return { user: await requireUser(tx, userId), admins: await store.activeAdmins(tx) };
  },
  policy: administers,
  lifecycle: {
    refusal: "",
    check: ({ user, admins }, actor) =>
      user.id === actor.userId && user.active
        ? "Du kan inte inaktivera dig själv"
        : leavesNoAdmin(admins, user.id, false)
          ? LAST_ADMIN_REFUSAL
          : null,
  },
  validate: (_ctx, input) => input,
  unchanged: ({ user }) => (user.active ? null : user),
  async write({ tx }, { user }) {
    await store.setUserActive(tx, user.id, false);
    await endSessions(tx, user.id);
    await store.dropUnusedLinks(tx, user.id);
    const after = { ...user, active: false };
    return {
      result: after,
      audit: [userChange("deactivateUser", adminSummaries.userDeactivated(user.name), user, userRecord(user), userRecord(after))],
    };
  },
};

export const reactivateUser: Command<{ userId: string }, { user: UserEntity }, { userId: string }, UserEntity> = {
  name: "reactivateUser",
  load: async ({ tx }, { userId }) => ({ user: await requireUser(tx, userId) }),
  policy: administers,
  lifecycle: { refusal: "" },
  validate: (_ctx, input) => input,
  unchanged: ({ user }) => (user.active ? user : null),
  async write({ tx }, { user }) {
    await store.setUserActive(tx, user.id, true);
    const after = { ...user, active: true };
    return {
      result: after,
      audit: [userChange("reactivateUser", adminSummaries.userReactivated(user.name), user, userRecord(user), userRecord(after))],
    };
  },
};
