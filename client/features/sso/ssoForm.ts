import type { SingleSignOnFieldsFragment, SingleSignOnInput } from '../../gql/graphql.js';

/** The settings form's fields, in the order they are shown (and an error summary lists them). */
export const SSO_FIELDS = ['issuer', 'clientId', 'clientSecret', 'clientSecretEnv', 'displayName', 'emailDomains', 'groupsClaim'] as const;
export type SsoField = (typeof SSO_FIELDS)[number];

export interface SsoForm {
  issuer: string;
  clientId: string;
  clientSecret: string;
  clientSecretEnv: string;
  displayName: string;
  /** One domain per line. */
  emailDomains: string;
  jitEnabled: boolean;
  trustDomainEmail: boolean;
  groupsClaim: string;
}

export const fieldId = (field: SsoField) => `sso-${field}`;

export function formOf(settings: SingleSignOnFieldsFragment | null): SsoForm {
  return {
    issuer: settings?.issuer ?? '',
    clientId: settings?.clientId ?? '',
    clientSecret: '',
    clientSecretEnv: settings?.clientSecretEnv ?? '',
    displayName: settings?.displayName ?? '',
    emailDomains: settings?.emailDomains.join('\n') ?? '',
    jitEnabled: settings?.jitEnabled ?? false,
    trustDomainEmail: settings?.trustDomainEmail ?? false,
    groupsClaim: settings?.groupsClaim ?? 'groups',
  };
}

/** What the browser can tell before asking the server: the required fields, and an address for the issuer. */
export function validateSsoForm(form: SsoForm): Partial<Record<SsoField, string>> {
  const errors: Partial<Record<SsoField, string>> = {};
  if (!/^https?:\/\/\S+$/.test(form.issuer.trim())) errors.issuer = 'sso.settings.issuerHint';
  if (!form.clientId.trim()) errors.clientId = 'validation.required';
  if (!form.displayName.trim()) errors.displayName = 'validation.required';
  return errors;
}

export function inputOf(form: SsoForm): SingleSignOnInput {
  const env = form.clientSecretEnv.trim();
  return {
    issuer: form.issuer.trim(),
    clientId: form.clientId.trim(),
    // Empty keeps the stored secret; a variable's name replaces it.
    clientSecret: form.clientSecret || null,
    clientSecretEnv: env || null,
    displayName: form.displayName.trim(),
    emailDomains: form.emailDomains
      .split(/[\s,;]+/)
      .map((d) => d.trim())
      .filter(Boolean),
    jitEnabled: form.jitEnabled,
    trustDomainEmail: form.trustDomainEmail,
    groupsClaim: form.groupsClaim.trim() || null,
  };
}

/** The form field a server refusal names (`emailDomains.2` → emailDomains), if any. */
export function serverField(field: string | undefined): SsoField | null {
  const name = field?.split('.')[0];
  return (SSO_FIELDS as readonly string[]).includes(name ?? '') ? (name as SsoField) : null;
}
