import { session } from '../identity/session';

/** The year whose report is usually at hand: the one that ended last (the guideline reports with the annual accounts). */
export const lastYear = (): number => new Date().getFullYear() - 1;

/** Whether the signed-in user reads every nämnd's follow-up (kommunledning, revisor); only chooses links (the server decides). */
export function readsEveryNamnd(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'KOMMUNLEDNING' || r.role === 'REVISOR');
}

/** Whether the header offers the follow-up pages: to roles in a beställarnämnd, and to kommunledning and revisor. */
export function followsUpStrategicAgreements(): boolean {
  return readsEveryNamnd() || (session.user?.roles ?? []).some((r) => r.organ.kind === 'BESTALLARNAMND');
}

/** A year from the address, or null when it is none. */
export function yearOf(value: unknown): number | null {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year >= 2000 && year <= 2200 ? year : null;
}
