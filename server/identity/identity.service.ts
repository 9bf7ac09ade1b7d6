import { In } from "typeorm";
import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { notFound, unauthenticated } from "../errors.js";
import { MunicipalityEntity, OrganEntity, RoleAssignmentEntity, UserEntity } from "./identity.entities.js";
import type { Actor, OrganKind, Role } from "./identity.model.js";
import type { LoginThrottle } from "./login-throttle.js";
import { DUMMY_HASH, verifyPassword } from "./passwords.js";
import { assertPasswordLoginAllowed } from "../sso/password-login.js";
import { sessionsStore } from "./sessions.store.js";
import type { TokenClaims, Tokens } from "./tokens.js";

const WRONG_CREDENTIALS = "Fel e-postadress eller lösenord";
const SESSION_ENDED = "Du har loggats ut; logga in igen";
const SESSION_EXPIRED = "Inloggningen har gått ut; logga in igen";

/** A successful login: the token (bearer, and the browser's cookie), its user, and how long it lasts. */
export interface LoginResult {
  token: string;
  user: UserEntity;
  expiresInSeconds: number;
}

export interface RoleView {
  role: Role;
  organ: OrganEntity;
}

export class IdentityService {
  constructor(
    private readonly db: Database,
    private readonly tokens: Tokens,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * A wrong password and an unknown email answer alike, in about the same time. The attempt is
   * counted before the password is verified (`LoginThrottle`), so parallel guesses cannot outrun the limit.
   */
  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    const normalized = email.trim().toLowerCase();
    const attempt = await this.throttle.attempt(normalized, ip);
    // The one read across municipalities sign-in needs: which user, where, and the hash to check.
    const candidate = await this.db.across.loginCandidate(normalized);
    const valid = await verifyPassword(password, candidate?.passwordHash ?? DUMMY_HASH);
    if (!candidate || !valid) throw unauthenticated(WRONG_CREDENTIALS);
    // The user and the session row are municipal data: read and written in the user's municipality, now that it is known.
    const signedIn = await this.db.inMunicipality(candidate.municipalityId, async (tx) => {
      const user = await tx.em.findOneByOrFail(UserEntity, { id: candidate.userId, municipalityId: tx.municipalityId });
      // Only a right password learns this: it says no more about the account than the password did.
      await assertPasswordLoginAllowed(tx, user.id);
      return this.openSession(tx, user);
    });
    // After the commit: the throttle's statements take connections of their own from the pool, and
    // waiting for them while holding one deadlocks as many logins at once as the pool has connections.
    await attempt.succeeded();
    return signedIn;
  }

  /**
   * Signs in a user whose credentials were checked (their password, or their municipality's identity
   * provider: sso/external-sign-in.ts): a session row in `tx`, and its token for the bearer and the cookie.
   */
  async openSession(tx: Tx, user: UserEntity): Promise<LoginResult> {
    const expiresInSeconds = this.tokens.ttlSeconds;
    const session = await sessionsStore.start(tx, user.id, expiresInSeconds);
    const token = await this.tokens.issue({ userId: user.id, municipalityId: user.municipalityId, sessionId: session.id });
    return { token, user, expiresInSeconds };
  }

  /**
   * Turns a verified token into the caller: its session must be live (not logged out, not expired),
   * and roles are read fresh so revoked roles take effect at once.
   */
  async actorFor(claims: TokenClaims): Promise<Actor> {
    return this.db.inMunicipality(claims.municipalityId, async (tx) => {
      const session = await this.liveSession(tx, claims);
      const user = await tx.em.findOneBy(UserEntity, { id: claims.userId, municipalityId: tx.municipalityId });
      if (!user) throw unauthenticated("Användaren finns inte längre; logga in igen");
      // Deactivation ends every session in the same transaction; this holds should any be made later.
      if (!user.active) throw unauthenticated("Kontot är inaktiverat");
      const roles = await this.rolesOf(tx, user.id);
      return {
        userId: user.id,
        municipalityId: user.municipalityId,
        roles: roles.map((r) => ({ role: r.role, organId: r.organ.id, organKind: r.organ.kind as OrganKind })),
        session: { id: session.id, expiresAt: session.expiresAt },
      };
    });
  }

  /** Whether a token's session is still live: an open socket asks when its user's sessions change. */
  async sessionIsLive(claims: TokenClaims): Promise<boolean> {
    return this.db.inMunicipality(claims.municipalityId, async (tx) => {
      const session = await sessionsStore.find(tx, claims.sessionId, claims.userId);
      return !!session && !session.revoked && !session.expired;
    });
  }

  private async liveSession(tx: Tx, claims: TokenClaims) {
    const session = await sessionsStore.find(tx, claims.sessionId, claims.userId);
    if (!session || session.revoked) throw unauthenticated(SESSION_ENDED);
    if (session.expired) throw unauthenticated(SESSION_EXPIRED);
    return session;
  }

  async authenticate(token: string): Promise<Actor> {
    return this.actorFor(await this.tokens.verify(token));
  }

  async rolesOf(tx: Tx, userId: string): Promise<RoleView[]> {
    const assignments = await tx.em.findBy(RoleAssignmentEntity, { userId, municipalityId: tx.municipalityId });
    const organs = await this.organsById(
      tx,
      assignments.map((a) => a.organId),
    );
    return assignments.map((a) => ({ role: a.role, organ: organs.get(a.organId)! }));
  }

  /** The roles of every user of the municipality, by user. */
  async rolesByUser(tx: Tx): Promise<Map<string, RoleView[]>> {
    const assignments = await tx.em.find(RoleAssignmentEntity, { where: { municipalityId: tx.municipalityId }, order: { role: "ASC" } });
    const organs = await this.organsById(
      tx,
      assignments.map((a) => a.organId),
    );
    const byUser = new Map<string, RoleView[]>();
    for (const a of assignments) byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), { role: a.role, organ: organs.get(a.organId)! }]);
    return byUser;
  }

  user(tx: Tx, id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return tx.em.findOneBy(UserEntity, { id, municipalityId: tx.municipalityId });
  }

  /** The users among `ids` (of the transaction's municipality), in one statement. */
  async users(tx: Tx, ids: readonly string[]): Promise<UserEntity[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return [];
    return tx.em.findBy(UserEntity, { id: In(valid), municipalityId: tx.municipalityId });
  }

  async requireUser(tx: Tx, id: string): Promise<UserEntity> {
    return (await this.user(tx, id)) ?? Promise.reject(notFound("Användaren"));
  }

  organs(tx: Tx): Promise<OrganEntity[]> {
    return tx.em
      .getRepository(OrganEntity)
      .createQueryBuilder("o")
      .where("o.municipality_id = :m", { m: tx.municipalityId })
      .orderBy("o.kind", "ASC")
      .addOrderBy("o.name", "ASC")
      .getMany();
  }

  async organsById(tx: Tx, ids: string[]): Promise<Map<string, OrganEntity>> {
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return new Map();
    const organs = await tx.em
      .getRepository(OrganEntity)
      .createQueryBuilder("o")
      .where("o.municipality_id = :m AND o.id IN (:...ids)", { m: tx.municipalityId, ids: unique })
      .getMany();
    return new Map(organs.map((o) => [o.id, o]));
  }

  municipality(tx: Tx): Promise<MunicipalityEntity> {
    return tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId });
  }
}
