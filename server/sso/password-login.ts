import type { Tx } from "../db/database.js";
import { DomainError, ErrorCode } from "../errors.js";
import { Role } from "../identity/identity.model.js";

/** Where the login page's button starts a municipality's sign-in. */
export const startUrlOf = (slug: string) => `/auth/oidc/start?kommun=${encodeURIComponent(slug)}`;

/**
 * A municipality with single sign-on may turn password login off (`municipality.password_login_allowed`):
 * its staff then sign in only through its identity provider, where their access is managed. Its ADMINs
 * keep their passwords, on purpose: when the provider is down or misconfigured, someone must still be
 * able to get in and mend the configuration (and an operator can always issue an admin a one-time
 * link from the command line). Refused with FORBIDDEN, carrying the button's details
 * (`extensions.singleSignOn`), so the login page can offer it.
 */
export async function assertPasswordLoginAllowed(tx: Tx, userId: string): Promise<void> {
  const [row] = (await tx.em.query(
    `SELECT m.slug, c.display_name AS "displayName",
            EXISTS (SELECT FROM role_assignment r WHERE r.municipality_id = m.id AND r.user_id = $2 AND r.role = $3) AS admin
       FROM municipality m JOIN oidc_config c ON c.municipality_id = m.id
      WHERE m.id = $1 AND NOT m.password_login_allowed`,
    [tx.municipalityId, userId, Role.ADMIN],
  )) as Array<{ slug: string; displayName: string; admin: boolean }>;
  if (!row || row.admin) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    `${row.displayName} loggar in med kommunens eget konto: välj "Logga in med ${row.displayName}s konto"`,
    { singleSignOn: { kommun: row.slug, displayName: row.displayName, startUrl: startUrlOf(row.slug) } },
  );
}
