import type { Tx } from "../db/database.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import type { ClientSecrets } from "./client-secret.js";
import { startUrlOf } from "./password-login.js";
import type { SingleSignOnSettings } from "./sso.model.js";
import { ssoStore } from "./sso.store.js";
import type { SingleSignOnConfigType } from "./sso.types.js";

export interface PresenterSources {
  secrets: Pick<ClientSecrets, "environmentHas">;
  callbackUrl: string;
  organsById(tx: Tx, ids: string[]): Promise<Map<string, OrganEntity>>;
}

/** The configuration as the admin sees it: whether there is a secret, never the secret. */
export async function presentSingleSignOn(
  tx: Tx,
  settings: SingleSignOnSettings,
  sources: PresenterSources,
): Promise<SingleSignOnConfigType> {
  const slug = ((await tx.em.query("SELECT slug FROM municipality WHERE id = $1", [tx.municipalityId])) as Array<{ slug: string }>)[0].slug;
  const mappings = await ssoStore.mappings(tx);
  const organs = await sources.organsById(
    tx,
    mappings.map((m) => m.organId),
  );
  return {
    issuer: settings.issuer,
    clientId: settings.clientId,
    hasClientSecret: settings.clientSecretEnv
      ? sources.secrets.environmentHas(settings.clientSecretEnv)
      : settings.clientSecretEncrypted !== null,
    clientSecretEnv: settings.clientSecretEnv,
    displayName: settings.displayName,
    emailDomains: settings.emailDomains,
    jitEnabled: settings.jitEnabled,
    trustDomainEmail: settings.trustDomainEmail,
    groupsClaim: settings.groupsClaim,
    version: settings.version,
    updatedAt: settings.updatedAt,
    callbackUrl: sources.callbackUrl,
    startUrl: startUrlOf(slug),
    groupRoleMappings: mappings.map((m) => ({ id: m.id, group: m.group, role: m.role, organ: organs.get(m.organId)! })),
  };
}
