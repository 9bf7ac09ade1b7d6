import { session } from '../identity/session';

/** Whether the signed-in user works kommunledning's escalation queue; only chooses the header link (the server decides). */
export function isLeadership(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'KOMMUNLEDNING');
}
