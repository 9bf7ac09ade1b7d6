import type { Composer } from 'vue-i18n';
import { stockholmDate } from '../approval/meetingDate';
import type { Dispute } from './useDisputes';

type T = Composer['t'];

/** "balansen" or "avsnittet Mål och kvalitetskrav", for headings and link texts. */
export function concernText(t: T, dispute: Pick<Dispute, 'concernsBalance' | 'section'>): string {
  return dispute.concernsBalance || !dispute.section
    ? t('disputes.concernsBalance')
    : t('disputes.concernsSection', { title: dispute.section.title });
}

/** The minutes of a decision, as the agreement, the frozen version and the public record carry them. */
export interface DecisionMinutes {
  level: string;
  body?: string | null;
  meetingDate?: string | null;
  paragraph?: string | null;
  decidedAt: string;
}

/**
 * Who decided, when and where it is minuted: "Kommunstyrelsens beslut, sammanträde 2026-12-03, § 145",
 * or at official level "Kommunledningens beslut på tjänstemannanivå, 2026-12-03" (the day it was
 * recorded, in Sweden).
 */
export function decisionHeading(t: T, decision: DecisionMinutes): string {
  if (decision.level === 'POLITISK' && decision.body && decision.meetingDate)
    return t('disputes.applied.political', {
      body: t(`disputes.body.${decision.body}`),
      date: decision.meetingDate,
      paragraph: (decision.paragraph ?? '').replace(/^§\s*/, ''),
    });
  return t('disputes.applied.official', { date: stockholmDate(decision.decidedAt) });
}
