import { noteAccountChange } from "../identity/identity.events.js";
import type { Database, Tx } from "../db/database.js";
import { UserEntity } from "../identity/identity.entities.js";
import type { LoginResult } from "../identity/identity.service.js";
import { AdminTarget } from "../administration/administration.events.js";
import { administrationStore } from "../administration/administration.store.js";
import { SignInRefused, type ExternalIdentity, type SingleSignOnSettings } from "./sso.model.js";
import { ssoStore } from "./sso.store.js";

/** The one thing sign-in needs of the identity service: a session as password login starts one. */
export interface SessionOpener {
  openSession(tx: Tx, user: UserEntity): Promise<LoginResult>;
  rolesOf(tx: Tx, userId: string): Promise<unknown[]>;
}

const MAX_NAME = 200;

/**
 * Whether the address may match or create a user: the provider said it is verified, or the admin
 * said the provider is the municipality's own directory and the address is at one of its domains.
 */
export function emailTrusted(
  identity: ExternalIdentity,
  settings: Pick<SingleSignOnSettings, "trustDomainEmail" | "emailDomains">,
): boolean {
  if (identity.emailVerified) return true;
  const domain = identity.email?.split("@")[1];
  return settings.trustDomainEmail && !!domain && settings.emailDomains.includes(domain);
}

/**
 * Signs in the person an external identity provider vouched for, in their municipality, whatever the
 * protocol. One transaction (sign-in is one of the README's named exceptions to "transactions only in
 * the command runner"): match, link, maybe create, and start the session, so nothing is half-made.
 *
 * Matching: first a user with the provider's **verified** e-mail address (the address alone, unverified,
 * could be anyone's); failing that, the user already linked to this `sub` (whose address changed at the
 * provider). The first match links the user to the `sub`; a user linked to another `sub` is not taken
 * over by a new identity that shows the same address.
 */
export class ExternalSignIn {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionOpener,
  ) {}

  signIn(municipalityId: string, identity: ExternalIdentity): Promise<LoginResult> {
    return this.db.inMunicipality(municipalityId, async (tx) => {
      const settings = await ssoStore.settings(tx);
      if (!settings) throw new SignInRefused("not-configured");
      const vouched = { ...identity, emailVerified: emailTrusted(identity, settings) };
      const user = (await this.matched(tx, vouched)) ?? (settings.jitEnabled ? await this.created(tx, vouched) : null);
      if (!user) throw new SignInRefused("no-account", vouched.emailVerified ? "no user with this address" : "e-mail not verified");
      if (!user.active) throw new SignInRefused("deactivated");
      if ((await this.sessions.rolesOf(tx, user.id)).length === 0) throw new SignInRefused("no-role", "the user holds no role");
      return this.sessions.openSession(tx, user);
    });
  }

  private async matched(tx: Tx, identity: ExternalIdentity): Promise<UserEntity | null> {
    const bySubject = await tx.em.findOneBy(UserEntity, { municipalityId: tx.municipalityId, oidcSubject: identity.subject });
    const byEmail =
      identity.emailVerified && identity.email
        ? await tx.em
            .getRepository(UserEntity)
            .createQueryBuilder("u")
            .where("u.municipality_id = :m AND lower(u.email) = :email", { m: tx.municipalityId, email: identity.email })
            .getOne()
        : null;
    if (byEmail) {
      if (byEmail.oidcSubject === identity.subject) return byEmail;
      // The address is another user's link, or this sub already belongs to someone else.
      if (byEmail.oidcSubject !== null || bySubject) throw new SignInRefused("linked-elsewhere", "e-mail and sub name different users");
      noteAccountChange(tx, byEmail.id);
      await tx.em.update(UserEntity, { id: byEmail.id, municipalityId: tx.municipalityId }, { oidcSubject: identity.subject });
      await administrationStore.appendAudit(tx, byEmail.id, {
        action: "linkSingleSignOn",
        target: AdminTarget.USER,
        targetId: byEmail.id,
        summary: `${byEmail.name} kopplades till sitt konto hos kommunens inloggningstjänst vid första inloggningen`,
        before: { oidcSubject: null },
        after: { oidcSubject: identity.subject },
      });
      return { ...byEmail, oidcSubject: identity.subject };
    }
    return bySubject;
  }

  /** Just in time: a user with the roles the groups map to; none at all, and no one is created. */
  private async created(tx: Tx, identity: ExternalIdentity): Promise<UserEntity | null> {
    if (!identity.email || !identity.emailVerified) return null;
    const roles = await ssoStore.rolesForGroups(tx, identity.groups);
    if (roles.length === 0) throw new SignInRefused("no-role", "no group maps to a role");
    const name = (identity.name ?? identity.email).slice(0, MAX_NAME);
    let id: string;
    try {
      [{ id }] = (await tx.em.query(
        `INSERT INTO app_user (municipality_id, name, email, password_hash, oidc_subject) VALUES ($1, $2, $3, NULL, $4) RETURNING id`,
        [tx.municipalityId, name, identity.email, identity.subject],
      )) as Array<{ id: string }>;
    } catch (error) {
      // E-mail addresses are unique across Balans: this one is a user's of another municipality.
      if ((error as { code?: string }).code === "23505") throw new SignInRefused("linked-elsewhere", "e-mail in use elsewhere");
      throw error;
    }
    await tx.em.query(
      `INSERT INTO role_assignment (municipality_id, user_id, organ_id, role) SELECT $1, $2, o, r FROM unnest($3::uuid[], $4::text[]) AS x(o, r)`,
      [tx.municipalityId, id, roles.map((r) => r.organId), roles.map((r) => r.role)],
    );
    await administrationStore.appendAudit(tx, id, {
      action: "createUserBySingleSignOn",
      target: AdminTarget.USER,
      targetId: id,
      summary: `${name} skapades vid första inloggningen med kommunens konto, med roller från sina grupper`,
      before: null,
      after: { name, email: identity.email, roles, groups: identity.groups.slice(0, 50) },
    });
    return tx.em.findOneByOrFail(UserEntity, { id, municipalityId: tx.municipalityId });
  }
}
