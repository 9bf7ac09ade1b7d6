import { shallowRef } from 'vue';

export interface RaiseDisputeRequest {
  agreementId: string;
  /** null: the dispute concerns the balance. */
  sectionId: string | null;
  /** The control that asked, to return focus to when the dialog closes. */
  opener: HTMLElement | null;
  /** Raised from the follow-up: the value or action plan it concerns, and how the dialog names it. */
  followUp?: FollowUpConcern;
}

export interface FollowUpConcern {
  indicatorReportId?: string;
  actionPlanId?: string;
  label: string;
}

/**
 * Opening the raise-dispute dialog from anywhere on the agreement page (a section, the balance, the
 * disputes panel): one place asks, the dialog mounted by DisputesPanel answers.
 */
export const raiseDisputeRequest = shallowRef<RaiseDisputeRequest | null>(null);

export function requestRaiseDispute(
  agreementId: string,
  sectionId: string | null,
  opener: HTMLElement | null,
  followUp?: FollowUpConcern,
): void {
  raiseDisputeRequest.value = { agreementId, sectionId, opener, followUp };
}
