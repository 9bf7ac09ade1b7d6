import type { OrganKind, Role } from '../../gql/graphql';
import { session } from '../identity/session';

export const ORGAN_KINDS: readonly OrganKind[] = ['KOMMUNFULLMAKTIGE', 'KOMMUNSTYRELSE', 'BESTALLARNAMND', 'PRODUKTIONSSTYRELSE'];
export const ROLES: readonly Role[] = ['FORVALTNINGSCHEF', 'HANDLAGGARE', 'NAMNDSEKRETERARE', 'KOMMUNLEDNING', 'REVISOR', 'ADMIN'];

/** As the server checks it (`OrganInput.shortName`): it starts a diarienummer. */
export const SHORT_NAME = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{0,9}$/;

/** Only a shape check: the server decides, and answers a duplicate naming the field. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether the signed-in user administers the municipality; only chooses the header link (the server decides). */
export function isAdmin(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'ADMIN');
}

/** Whether the signed-in user may read the administration (the log and the users): ADMIN and REVISOR. */
export function canReadAdministration(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'ADMIN' || r.role === 'REVISOR');
}
