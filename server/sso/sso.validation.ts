import { isIP } from "node:net";
import { OIDC_SECRET_PREFIX } from "../config.js";
import { badInput } from "../errors.js";
import { optionalText, requiredText } from "../validation/input.js";

/** What the admin sends (GraphQL's `SingleSignOnInput`). */
export interface SingleSignOnInput {
  issuer: string;
  clientId: string;
  /** Absent or empty: keep the secret there is. */
  clientSecret?: string | null;
  clientSecretEnv?: string | null;
  displayName: string;
  emailDomains: string[];
  jitEnabled: boolean;
  groupsClaim?: string | null;
  /** Absent: false. */
  trustDomainEmail?: boolean | null;
}

/** The input checked and normalised; the secret still in clear, to be sealed by the command. */
export interface ValidSingleSignOn {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  clientSecretEnv: string | null;
  displayName: string;
  emailDomains: string[];
  jitEnabled: boolean;
  groupsClaim: string;
  trustDomainEmail: boolean;
}

const MAX_DOMAINS = 20;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ENV_NAME = new RegExp(`^${OIDC_SECRET_PREFIX}[A-Z0-9_]{1,64}$`);
const CLAIM_NAME = /^[\x21-\x7e]{1,200}$/;

/** Checks the whole input, naming the field of the first problem (BAD_USER_INPUT). */
export function validateSingleSignOn(input: SingleSignOnInput): ValidSingleSignOn {
  const issuer = validIssuer(input.issuer);
  const clientId = requiredText(input.clientId, "clientId", "Klient-id", 500);
  const clientSecret = optionalText(input.clientSecret, "clientSecret", "Klienthemligheten", 2000);
  const clientSecretEnv = optionalText(input.clientSecretEnv, "clientSecretEnv", "Miljövariabeln", 200);
  if (clientSecretEnv !== null && !ENV_NAME.test(clientSecretEnv))
    throw badInput(`Miljövariabelns namn ska börja med ${OIDC_SECRET_PREFIX} och bestå av A–Z, 0–9 och _`, "clientSecretEnv");
  if (clientSecret !== null && clientSecretEnv !== null)
    throw badInput("Ange antingen en klienthemlighet eller en miljövariabel, inte båda", "clientSecret");
  const displayName = requiredText(input.displayName, "displayName", "Namnet på knappen", 100);
  const groupsClaim = optionalText(input.groupsClaim, "groupsClaim", "Gruppanspråket", 200) ?? "groups";
  if (!CLAIM_NAME.test(groupsClaim)) throw badInput("Gruppanspråkets namn får inte innehålla mellanslag", "groupsClaim");
  return {
    issuer,
    clientId,
    clientSecret,
    clientSecretEnv,
    displayName,
    emailDomains: validDomains(input.emailDomains),
    jitEnabled: input.jitEnabled,
    groupsClaim,
    trustDomainEmail: input.trustDomainEmail === true,
  };
}

/**
 * An issuer is an https URL without query or fragment (OpenID Connect Discovery); plain http only on
 * this machine's loopback, for development and tests. Kept exactly as written: the provider's
 * metadata must name the same issuer, character for character.
 */
export function validIssuer(value: string): string {
  const issuer = requiredText(value, "issuer", "Utfärdaren", 500);
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw badInput("Utfärdaren ska vara en adress som börjar med https://", "issuer");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname)))
    throw badInput("Utfärdaren ska vara en adress som börjar med https://", "issuer");
  if (url.username || url.password || url.search || url.hash || issuer.includes("#") || issuer.includes("?"))
    throw badInput("Utfärdarens adress får inte ha inloggningsuppgifter, frågedel eller fragment", "issuer");
  return issuer;
}

/** localhost, 127.0.0.0/8 and ::1. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

function validDomains(values: readonly string[]): string[] {
  if (values.length > MAX_DOMAINS) throw badInput(`Högst ${MAX_DOMAINS} e-postdomäner`, "emailDomains");
  const domains = values.map((value, i) => {
    const domain = value.trim().toLowerCase().replace(/^@/, "");
    if (!DOMAIN.test(domain)) throw badInput("Ange e-postdomänen utan namn och @, t.ex. kommun.se", `emailDomains.${i}`);
    return domain;
  });
  return [...new Set(domains)];
}
