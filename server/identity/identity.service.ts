import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { selectEntities } from "../db/plain-rows.js";
import { notFound, unauthenticated } from "../errors.js";
import type { ActorCache } from "./actor-cache.js";
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
    /** Callers already known on this process; without one, every request reads its caller. */
    private readonly actors?: ActorCache,
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
   * and its roles current. One statement in one transaction reads session, user and roles together.
   */
  async actorFor(claims: TokenClaims): Promise<Actor> {
    return (await this.callerFor(claims)).actor;
  }

  /** The caller and their own user row (what `me` answers), from one statement. */
  private async callerFor(claims: TokenClaims): Promise<{ actor: Actor; user: Readonly<UserEntity> }> {
    return this.db.inMunicipality(claims.municipalityId, async (tx) => {
      const [row] = (await tx.em.query(
        `SELECT s.id, s.expires_at AS "expiresAt", s.revoked_at IS NOT NULL AS revoked, s.expires_at <= now() AS expired,
                u.id AS "userId", u.active, u.name, u.email, u.language, u.email_preference AS "emailPreference",
                u.last_digest_at AS "lastDigestAt", u.oidc_subject AS "oidcSubject", u.created_at AS "createdAt",
                coalesce((SELECT json_agg(json_build_object('role', r.role, 'organId', o.id, 'organKind', o.kind))
                            FROM role_assignment r JOIN organ o ON o.municipality_id = r.municipality_id AND o.id = r.organ_id
                           WHERE r.municipality_id = s.municipality_id AND r.user_id = u.id), '[]') AS roles
           FROM session s LEFT JOIN app_user u ON u.municipality_id = s.municipality_id AND u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.municipality_id = $3`,
        [claims.sessionId, claims.userId, tx.municipalityId],
      )) as Array<
        Omit<UserEntity, "id" | "municipalityId" | "passwordHash" | "active"> & {
          id: string;
          expiresAt: Date;
          revoked: boolean;
          expired: boolean;
          userId: string | null;
          active: boolean | null;
          roles: Actor["roles"];
        }
      >;
      if (!row || row.revoked) throw unauthenticated(SESSION_ENDED);
      if (row.expired) throw unauthenticated(SESSION_EXPIRED);
      if (!row.userId) throw unauthenticated("Användaren finns inte längre; logga in igen");
      // Deactivation ends every session in the same transaction; this holds should any be made later.
      if (!row.active) throw unauthenticated("Kontot är inaktiverat");
      const actor: Actor = Object.freeze({
        userId: row.userId,
        municipalityId: tx.municipalityId,
        roles: Object.freeze(
          row.roles.map((r) => Object.freeze({ role: r.role, organId: r.organId, organKind: r.organKind as OrganKind })),
        ),
        session: Object.freeze({ id: row.id, expiresAt: new Date(row.expiresAt) }),
      });
      const user = Object.freeze(
        Object.assign(new UserEntity(), {
          id: row.userId,
          municipalityId: tx.municipalityId,
          name: row.name,
          email: row.email,
          active: row.active,
          language: row.language,
          emailPreference: row.emailPreference,
          lastDigestAt: row.lastDigestAt,
          oidcSubject: row.oidcSubject,
          createdAt: row.createdAt,
        }),
      );
      return { actor, user };
    });
  }

  /** Whether a token's session is still live: an open socket asks when its user's sessions change. */
  async sessionIsLive(claims: TokenClaims): Promise<boolean> {
    return this.db.inMunicipality(claims.municipalityId, async (tx) => {
      const session = await sessionsStore.find(tx, claims.sessionId, claims.userId);
      return !!session && !session.revoked && !session.expired;
    });
  }

  /**
   * The caller a token names: from this process's cache when it holds the session (no transaction at
   * all; see `ActorCache` for when entries are dropped), else read and then kept.
   */
  async authenticate(token: string): Promise<Actor> {
    const claims = await this.tokens.verify(token);
    const cached = this.actors?.get(claims.sessionId, claims.userId);
    if (cached && cached.municipalityId === claims.municipalityId) return cached;
    const generation = this.actors?.begin() ?? 0;
    const { actor, user } = await this.callerFor(claims);
    this.actors?.put(generation, actor, user);
    return actor;
  }

  /**
   * The caller's own user row as kept beside the caller on this process (`ActorCache` drops it at any
   * change of the user); null when it is not kept, and the caller reads it.
   */
  self(actor: Actor): Readonly<UserEntity> | null {
    return this.actors?.userOf(actor) ?? null;
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
    return selectEntities(
      tx.em,
      UserEntity,
      "u",
      (columns) => `SELECT ${columns} FROM app_user u WHERE u.id = ANY($1::uuid[]) AND u.municipality_id = $2`,
      [valid, tx.municipalityId],
    );
  }

  async requireUser(tx: Tx, id: string): Promise<UserEntity> {
    return (await this.user(tx, id)) ?? Promise.reject(notFound("Användaren"));
  }

  /** Read once per operation that shows an organ (`organOfRow`): written out, not built by the ORM. */
  organs(tx: Tx): Promise<OrganEntity[]> {
    return selectEntities(
      tx.em,
      OrganEntity,
      "o",
      (columns) => `SELECT ${columns} FROM organ o WHERE o.municipality_id = $1 ORDER BY o.kind ASC, o.name ASC`,
      [tx.municipalityId],
    );
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
