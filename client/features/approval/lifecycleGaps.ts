import type { LifecycleGapFieldsFragment } from '../../gql/graphql.js';

export type LifecycleGap = LifecycleGapFieldsFragment;

/** The part of vue-i18n's `t` the wording needs (named values, and a count for plural forms). */
type Translate = (key: string, named: Record<string, unknown>, plural?: number) => string;

/** Words what the server reports as missing for the next lifecycle step, in the current language. */
export function wordGap(t: Translate, gap: LifecycleGap): string {
  switch (gap.kind) {
    case 'UNDECIDED_DISPUTES':
      return t('approval.gaps.UNDECIDED_DISPUTES', { count: gap.count ?? 0 }, gap.count ?? 0);
    case 'EMPTY_SECTION':
      return t('approval.gaps.EMPTY_SECTION', { section: gap.section ?? '' });
    case 'SECTION_NOT_AGREED':
      return t('approval.gaps.SECTION_NOT_AGREED', { section: gap.section ?? '' });
    case 'COMMITTEE_DECISION':
      return t('approval.gaps.COMMITTEE_DECISION', { organ: gap.organ ?? '' });
    case 'REQUIREMENT_REASON_MISSING':
      return t(`approval.gaps.REQUIREMENT_REASON_MISSING_${gap.party === 'PURCHASER' ? 'PURCHASER' : 'PROVIDER'}`, {});
    case 'DECISION_NOT_REFLECTED':
      return t('approval.gaps.DECISION_NOT_REFLECTED', { section: gap.section ?? '' });
    case 'SUGGESTIONS_PENDING':
      return t('approval.gaps.SUGGESTIONS_PENDING', { count: gap.count ?? 0, section: gap.section ?? '' }, gap.count ?? 0);
    case 'SIGNATURE':
      return t(gap.party === 'PURCHASER' ? 'approval.gaps.SIGNATURE_PURCHASER' : 'approval.gaps.SIGNATURE_PROVIDER', {});
    default:
      return t(`approval.gaps.${gap.kind}`, {});
  }
}
