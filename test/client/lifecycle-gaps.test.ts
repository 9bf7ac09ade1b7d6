import { createI18n } from 'vue-i18n';
import { describe, expect, it } from 'vitest';
import { wordGap, type LifecycleGap } from '../../client/features/approval/lifecycleGaps.js';
import { LifecycleGapKind, describeGap } from '../../server/approval/lifecycle-gaps.js';
import { Party } from '../../server/agreements/agreement.model.js';
import { approvalEn, approvalSv } from '../../client/features/approval/approval.messages.js';

const i18n = createI18n({ legacy: false, locale: 'sv', messages: { sv: { approval: approvalSv }, en: { approval: approvalEn } } });
const word = (locale: 'sv' | 'en', gap: LifecycleGap) => {
  i18n.global.locale.value = locale;
  return wordGap(i18n.global.t, gap);
};
const gap = (kind: LifecycleGap['kind'], fields: Partial<LifecycleGap> = {}): LifecycleGap => ({
  kind,
  count: null,
  section: null,
  organ: null,
  party: null,
  ...fields,
});

describe('what is missing for the next step, worded by the client', () => {
  const gaps = [
    gap('BALANCE_NOT_SETTLED'),
    gap('UNDECIDED_DISPUTES', { count: 1 }),
    gap('UNDECIDED_DISPUTES', { count: 3 }),
    gap('EMPTY_SECTION', { section: 'Mål och kvalitetskrav' }),
    gap('COMMITTEE_DECISION', { organ: 'Produktionsstyrelsen' }),
    gap('SIGNATURE', { party: 'PURCHASER' }),
    gap('SIGNATURE', { party: 'PROVIDER' }),
    gap('REQUIREMENT_REASON_MISSING', { party: 'PURCHASER' }),
    gap('REQUIREMENT_REASON_MISSING', { party: 'PROVIDER' }),
    gap('DECISION_NOT_REFLECTED', { section: 'Mål och kvalitetskrav' }),
  ];

  it('says in Swedish exactly what the server says (its INVALID_STATE reasons)', () => {
    for (const g of gaps) {
      const server = describeGap({
        kind: g.kind as LifecycleGapKind,
        count: g.count ?? undefined,
        section: g.section ?? undefined,
        organ: g.organ ?? undefined,
        party: (g.party as Party | null) ?? undefined,
      });
      expect(word('sv', g)).toBe(server);
    }
  });

  it('says it in English when the UI is English', () => {
    expect(gaps.map((g) => word('en', g))).toEqual([
      'the balance is neither agreed by both parties nor settled by a decision',
      '1 dispute is not decided',
      '3 disputes are not decided',
      'the section “Mål och kvalitetskrav” is empty',
      'a decision in Produktionsstyrelsen',
      'the signature of the purchaser’s förvaltningschef',
      'the signature of the provider’s förvaltningschef',
      'the result requirement is not met, and the purchaser’s förvaltningschef has not explained why the balance holds anyway',
      'the result requirement is not met, and the provider’s förvaltningschef has not explained why the balance holds anyway',
      'no party has confirmed that the text of the section “Mål och kvalitetskrav” reflects the decision on it',
    ]);
  });
});
