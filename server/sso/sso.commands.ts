import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import { OrganEntity } from "../identity/identity.entities.js";
import type { Role } from "../identity/identity.model.js";
import type { Command, CommandPolicy } from "../pipeline/command.js";
import { ssoPolicy } from "../policies/sso.policy.js";
import { isUuid, requiredText } from "../validation/input.js";
import type { ClientSecrets } from "./client-secret.js";
import { AdminTarget } from "../administration/administration.events.js";
import type { GroupRoleMapping, SingleSignOnSettings } from "./sso.model.js";
import { ssoStore } from "./sso.store.js";
import { validateSingleSignOn, type SingleSignOnInput, type ValidSingleSignOn } from "./sso.validation.js";

/** What every command here acts on: the municipality's configuration, under its row lock, if any. */
interface Current {
  settings: SingleSignOnSettings | null;
}

const loadCurrent = async ({ tx }: { tx: Tx }): Promise<Current> => ({ settings: await ssoStore.settings(tx, { lock: true }) });
const administer: CommandPolicy<Current> = { allows: (actor) => ssoPolicy.administer(actor), refusal: ssoPolicy.refusal };
const MAX_MAPPINGS = 200;

/** The settings as the audit log keeps them: where the secret is, never the secret. */
function auditView(s: SingleSignOnSettings | null, secretChanged = false): Record<string, unknown> | null {
  if (!s) return null;
  const secret = s.clientSecretEncrypted ? "krypterad i databasen" : s.clientSecretEnv ? `miljövariabeln ${s.clientSecretEnv}` : "ingen";
  return {
    issuer: s.issuer,
    clientId: s.clientId,
    clientSecret: secret,
    ...(secretChanged ? { clientSecretChanged: true } : {}),
    displayName: s.displayName,
    emailDomains: s.emailDomains,
    jitEnabled: s.jitEnabled,
    trustDomainEmail: s.trustDomainEmail,
    groupsClaim: s.groupsClaim,
    version: s.version,
  };
}

export type ConfigureInput = { input: SingleSignOnInput; expectedVersion: number };
export type MappingInput = { group: string; organId: string; role: Role };

/** The commands of single sign-on; sealing a secret needs the server's key. */
export function ssoCommands(secrets: ClientSecrets) {
  /**
   * Creates or replaces the configuration. `expectedVersion` is the version the admin saw (0: none yet);
   * a secret left out keeps the one there is, and a secret given replaces a variable's name, and vice versa.
   */
  const configureSingleSignOn: Command<ConfigureInput, Current, ValidSingleSignOn, SingleSignOnSettings> = {
    name: "configureSingleSignOn",
    load: loadCurrent,
    policy: administer,
    lifecycle: { refusal: "" },
    validate: (_ctx, { input }) => validateSingleSignOn(input),
    conflict: async (_ctx, { settings }, { expectedVersion }) => {
      const currentVersion = settings?.version ?? 0;
      return currentVersion === expectedVersion
        ? null
        : { currentVersion, message: "Någon annan har ändrat inloggningsinställningarna; ladda om och försök igen" };
    },
    async write({ tx }, { settings: before }, valid) {
      const keepSecret = valid.clientSecret === null && valid.clientSecretEnv === null;
      const after = await ssoStore.save(tx, {
        issuer: valid.issuer,
        clientId: valid.clientId,
        clientSecretEncrypted: valid.clientSecret
          ? secrets.seal(valid.clientSecret, tx.municipalityId)
          : keepSecret
            ? (before?.clientSecretEncrypted ?? null)
            : null,
        clientSecretEnv: valid.clientSecretEnv ?? (keepSecret ? (before?.clientSecretEnv ?? null) : null),
        displayName: valid.displayName,
        emailDomains: valid.emailDomains,
        jitEnabled: valid.jitEnabled,
        groupsClaim: valid.groupsClaim,
        trustDomainEmail: valid.trustDomainEmail,
      });
      return {
        result: after,
        audit: [
          {
            action: "configureSingleSignOn",
            target: AdminTarget.SINGLE_SIGN_ON,
            targetId: tx.municipalityId,
            summary: before
              ? `Inloggningen med kommunens konto ändrades (utfärdare ${after.issuer})`
              : `Inloggningen med kommunens konto infördes (utfärdare ${after.issuer})`,
            before: auditView(before),
            after: auditView(after, valid.clientSecret !== null),
          },
        ],
      };
    },
  };

  /** Removes the configuration and its group mappings: password login is then the only way in. */
  const removeSingleSignOn: Command<Record<string, never>, Current, Record<string, never>, boolean> = {
    name: "removeSingleSignOn",
    load: loadCurrent,
    policy: administer,
    lifecycle: {
      refusal: "Inloggningen med kommunens konto är inte inställd",
      check: ({ settings }) => (settings ? null : "Inloggningen med kommunens konto är inte inställd"),
    },
    validate: (_ctx, input) => input,
    async write({ tx }, { settings }) {
      const mappings = await ssoStore.mappings(tx);
      await ssoStore.remove(tx);
      return {
        result: true,
        audit: [
          {
            action: "removeSingleSignOn",
            target: AdminTarget.SINGLE_SIGN_ON,
            targetId: tx.municipalityId,
            summary: `Inloggningen med kommunens konto togs bort (utfärdare ${settings!.issuer})`,
            before: { ...auditView(settings), groupRoleMappings: mappings.map(({ group, organId, role }) => ({ group, organId, role })) },
            after: null,
          },
        ],
      };
    },
  };

  /** Replaces the table of group → role in organ that just-in-time creation reads. */
  const setGroupRoleMappings: Command<{ mappings: MappingInput[] }, Current, MappingInput[], SingleSignOnSettings> = {
    name: "setGroupRoleMappings",
    // The organs are what the command acts on: another municipality's is NOT_FOUND, before any role is asked.
    load: async ({ tx }, { mappings }) => {
      await assertOrgansExist(tx, mappings);
      return loadCurrent({ tx });
    },
    policy: administer,
    lifecycle: {
      refusal: "Ställ in inloggningen med kommunens konto först",
      check: ({ settings }) => (settings ? null : "Ställ in inloggningen med kommunens konto först"),
    },
    validate: (_ctx, { mappings }) => validMappings(mappings),
    async write({ tx }, { settings }, mappings) {
      const before = await ssoStore.mappings(tx);
      await ssoStore.replaceMappings(tx, mappings);
      const view = (rows: ReadonlyArray<Omit<GroupRoleMapping, "id">>) =>
        rows.map(({ group, organId, role }) => ({ group, organId, role }));
      return {
        result: settings!,
        audit: [
          {
            action: "setGroupRoleMappings",
            target: AdminTarget.SINGLE_SIGN_ON,
            targetId: tx.municipalityId,
            summary: `Gruppernas roller vid inloggning med kommunens konto ändrades (${mappings.length} rader)`,
            before: { groupRoleMappings: view(before) },
            after: { groupRoleMappings: view(mappings) },
          },
        ],
      };
    },
  };

  return { configureSingleSignOn, removeSingleSignOn, setGroupRoleMappings };
}

/** Each organ one of the municipality's: else NOT_FOUND, as for any id. */
async function assertOrgansExist(tx: Tx, mappings: readonly MappingInput[]): Promise<void> {
  const organIds = [...new Set(mappings.map((m) => m.organId))];
  if (organIds.some((id) => !isUuid(id))) throw notFound("Organet");
  const found = organIds.length
    ? await tx.em
        .getRepository(OrganEntity)
        .createQueryBuilder("o")
        .where("o.municipality_id = :m AND o.id IN (:...ids)", { m: tx.municipalityId, ids: organIds })
        .getCount()
    : 0;
  if (found !== organIds.length) throw notFound("Organet");
}

/** Each group named, each row once. */
function validMappings(mappings: readonly MappingInput[]): MappingInput[] {
  if (mappings.length > MAX_MAPPINGS) throw badInput(`Högst ${MAX_MAPPINGS} rader`, "mappings");
  const valid = mappings.map((m, i) => ({ ...m, group: requiredText(m.group, `mappings.${i}.group`, "Gruppen", 256) }));
  const seen = new Set<string>();
  return valid.filter((m) => {
    const key = JSON.stringify([m.group, m.organId, m.role]);
    return !seen.has(key) && !!seen.add(key);
  });
}
