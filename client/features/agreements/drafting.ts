import { session } from '../identity/session';

/**
 * Whether the signed-in user drafts for a side (förvaltningschef or handläggare somewhere), and so may
 * create agreements. It only chooses what is offered; the server decides.
 */
export function draftsAgreements(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'FORVALTNINGSCHEF' || r.role === 'HANDLAGGARE');
}
