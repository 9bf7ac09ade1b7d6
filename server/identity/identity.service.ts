import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { notFound, unauthenticated } from "../errors.js";
import { MunicipalityEntity, OrganEntity, RoleAssignmentEntity, UserEntity } from "./identity.entities.js";
import type { Actor, OrganKind, Role } from "./identity.model.js";
import { LoginThrottle } from "./login-throttle.js";
import { DUMMY_HASH, verifyPassword } from "./passwords.js";
import type { TokenClaims, Tokens } from "./tokens.js";

const WRONG_CREDENTIALS = "Fel e-postadress eller lösenord";

export interface RoleView {
  role: Role;
  organ: OrganEntity;
}

export class IdentityService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Database,
    private readonly tokens: Tokens,
  ) {
    this.throttle = new LoginThrottle(db.installation);
  }

  /** A wrong password and an unknown email answer alike, in about the same time. */
  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.check(normalized);
    // The one read across municipalities sign-in needs: which user, where, and the hash to check.
    const candidate = await this.db.across.loginCandidate(normalized);
    const valid = await verifyPassword(password, candidate?.passwordHash ?? DUMMY_HASH);
    if (!candidate || !valid) {
      await this.throttle.recordFailure(normalized);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(normalized);
    const user = await this.db.inMunicipality(candidate.municipalityId, (tx) =>
      tx.em.findOneByOrFail(UserEntity, { id: candidate.userId, municipalityId: tx.municipalityId }),
    );
    const token = await this.tokens.issue({ userId: user.id, municipalityId: user.municipalityId });
    return { token, user };
  }

  /** Turns a verified token into the caller, with roles read fresh so revoked roles take effect at once. */
  async actorFor(claims: TokenClaims): Promise<Actor> {
    return this.db.inMunicipality(claims.municipalityId, async (tx) => {
      const user = await tx.em.findOneBy(UserEntity, { id: claims.userId, municipalityId: tx.municipalityId });
      if (!user) throw unauthenticated("Användaren finns inte längre; logga in igen");
      const roles = await this.rolesOf(tx, user.id);
      return {
        userId: user.id,
        municipalityId: user.municipalityId,
        roles: roles.map((r) => ({ role: r.role, organId: r.organ.id, organKind: r.organ.kind as OrganKind })),
      };
    });
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

  user(tx: Tx, id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return tx.em.findOneBy(UserEntity, { id, municipalityId: tx.municipalityId });
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
