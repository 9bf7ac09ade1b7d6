import { inject, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import type { AgreementQuery } from '../../../gql/graphql';
import type { useAgreementTimeline, TimelineEvent } from '../useAgreementTimeline';

export type WorkspaceAgreement = AgreementQuery['agreement'];

/**
 * What the agreement page hands its parts (the tabs). The live feed belongs to the page, not to a
 * part, so events keep arriving whichever part is open; parts kept alive in the background follow
 * `liveEvent` too (their renders still run), so none of them shows stale data when opened again.
 */
export interface Workspace {
  agreement: ComputedRef<WorkspaceAgreement | null>;
  /** The newest event the page received. */
  liveEvent: Ref<TimelineEvent | null>;
  timeline: ReturnType<typeof useAgreementTimeline>;
  /** Fetch the agreement again (after a restore, say). */
  refresh: () => Promise<void>;
}

export const WORKSPACE: InjectionKey<Workspace> = Symbol('agreement workspace');

export function useWorkspace(): Workspace {
  const workspace = inject(WORKSPACE);
  if (!workspace) throw new Error('An agreement part outside the agreement page');
  return workspace;
}

/** Where a section's heading is: the outline links there and the Text part moves focus to it. */
export const sectionAnchor = (key: string): string => `avsnitt-${key}`;
