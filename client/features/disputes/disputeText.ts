import type { Composer } from 'vue-i18n';
import type { Dispute } from './useDisputes';

type T = Composer['t'];

/** "balansen" or "avsnittet Mål och kvalitetskrav", for headings and link texts. */
export function concernText(t: T, dispute: Pick<Dispute, 'concernsBalance' | 'section'>): string {
  return dispute.concernsBalance || !dispute.section
    ? t('disputes.concernsBalance')
    : t('disputes.concernsSection', { title: dispute.section.title });
}
