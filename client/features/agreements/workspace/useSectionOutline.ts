import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementCommentsDocument } from '../../../gql/graphql';
import { useAgreementEventFeed } from '../../comments/useAgreementEventFeed';
import { liveSectionEmpty } from '../../collab/liveEmptiness';
import { useAgreementDisputes } from '../../disputes/useDisputes';
import { changesWhatMayBeDone } from '../../approval/lifecycleEvents';
import {
  disputedSectionIds,
  isOpenDispute,
  openCommentCounts,
  sectionMarks,
  type OutlineSection,
  type SectionMarks,
} from './sectionStatus';

export interface OutlineEntry {
  section: OutlineSection;
  marks: SectionMarks;
}

/**
 * Every section with its state (required, empty, open comments, open dispute, agreed), live on any
 * part of the workspace: it follows the agreement's comment and dispute events itself. It shares
 * the comments panels' and the disputes panel's queries, so a refetch here updates them as well.
 */
export function useSectionOutline(agreementId: () => string, sections: () => readonly OutlineSection[]) {
  const comments = useQuery(AgreementCommentsDocument, () => ({ id: agreementId() }));
  const disputes = useAgreementDisputes(agreementId);

  // A lifecycle step changes who may raise a dispute: every "Lyft tvist" button reads that from the
  // disputes query shared here, so it is refetched on those too, whichever part is open.
  useAgreementEventFeed(agreementId, ['comment.', 'dispute.', 'version.restored', 'agreement.', 'approval.'], (event) => {
    if (event.type.startsWith('dispute.') || changesWhatMayBeDone(event.type)) void disputes.refresh();
    else void comments.refetch()?.catch(() => undefined);
  });

  const entries = computed<OutlineEntry[]>(() => {
    const sources = {
      openComments: openCommentCounts(comments.result.value?.agreement.sections ?? []),
      disputed: disputedSectionIds(disputes.disputes.value),
      liveEmpty: liveSectionEmpty,
    };
    return sections().map((section) => ({ section, marks: sectionMarks(section, sources) }));
  });

  return {
    entries,
    /** Open disputes of the agreement, on its sections or its balance. */
    openDisputes: computed(() => disputes.disputes.value.filter(isOpenDispute).length),
    refreshDisputes: disputes.refresh,
  };
}
