/** A data source, or a transaction's EntityManager. */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The only reads that look across municipalities: each calls one reviewed SECURITY DEFINER function
 * (migration 1764000007000-row-level-security) that answers ids, never rows of municipal data (sign-in
 * also gets the one user's password hash). Whoever calls them then works per municipality in
 * `Database.inMunicipality`, where row-level security confines every statement.
 */
export class CrossMunicipality {
  constructor(private readonly dataSource: Queryable) {}

  /** The user an e-mail signs in as (case-insensitive), with what the password is checked against. */
  async loginCandidate(email: string): Promise<{ userId: string; municipalityId: string; passwordHash: string } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT user_id AS "userId", municipality_id AS "municipalityId", password_hash AS "passwordHash" FROM login_candidate($1)`,
      [email],
    )) as Array<{ userId: string; municipalityId: string; passwordHash: string }>;
    return row ?? null;
  }

  /** The active user a password reset for `email` (case-insensitive) would go to, and where. */
  async passwordResetCandidate(email: string): Promise<{ userId: string; municipalityId: string } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT user_id AS "userId", municipality_id AS "municipalityId" FROM password_reset_candidate($1)`,
      [email],
    )) as Array<{ userId: string; municipalityId: string }>;
    return row ?? null;
  }

  /** The municipality of a one-time password link, by the SHA-256 of its token; null for none. */
  async passwordTokenMunicipality(tokenHash: string): Promise<string | null> {
    const [row] = (await this.dataSource.query("SELECT password_token_municipality($1) AS id", [tokenHash])) as Array<{
      id: string | null;
    }>;
    return row?.id ?? null;
  }

  /** The municipalities with mail in the outbox that is due (unsent, its next attempt now or past). */
  async municipalitiesWithMailDue(): Promise<string[]> {
    const rows = (await this.dataSource.query("SELECT id FROM municipalities_with_mail_due() AS id")) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** A public page's municipality. */
  async municipalityBySlug(slug: string): Promise<string | null> {
    const [row] = (await this.dataSource.query("SELECT municipality_by_slug($1) AS id", [slug])) as Array<{ id: string | null }>;
    return row?.id ?? null;
  }

  /** Every municipality, for work that must cover them all, one scope at a time (the audit of the event chains). */
  async municipalityIds(): Promise<string[]> {
    const rows = (await this.dataSource.query("SELECT id FROM municipality_ids() AS id")) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** The municipality of a SIGNED agreement (a public record); null for any other id. */
  async signedAgreementMunicipality(agreementId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query("SELECT signed_agreement_municipality($1) AS id", [agreementId])) as Array<{
      id: string | null;
    }>;
    return row?.id ?? null;
  }

  /** Sections with at least `minUpdates` updates older than `minAgeSeconds` in their log: worth compacting. */
  longSectionLogs(
    minUpdates: number,
    minAgeSeconds: number,
    maxSections: number,
  ): Promise<Array<{ municipalityId: string; sectionId: string }>> {
    return this.dataSource.query(
      `SELECT municipality_id AS "municipalityId", section_id AS "sectionId" FROM long_section_logs($1, $2, $3)`,
      [minUpdates, minAgeSeconds, maxSections],
    ) as Promise<Array<{ municipalityId: string; sectionId: string }>>;
  }

  /** Agreements with presence rows whose server stopped beating. */
  stalePresence(staleSeconds: number): Promise<Array<{ municipalityId: string; agreementId: string }>> {
    return this.dataSource.query(`SELECT municipality_id AS "municipalityId", agreement_id AS "agreementId" FROM stale_presence($1)`, [
      staleSeconds,
    ]) as Promise<Array<{ municipalityId: string; agreementId: string }>>;
  }
}
