import { shallowRef } from 'vue';

export interface RaiseDisputeRequest {
  agreementId: string;
  /** null: the dispute concerns the balance. */
  sectionId: string | null;
  /** The control that asked, to return focus to when the dialog closes. */
  opener: HTMLElement | null;
}

/**
 * Opening the raise-dispute dialog from anywhere on the agreement page (a section, the balance, the
 * disputes panel): one place asks, the dialog mounted by DisputesPanel answers.
 */
export const raiseDisputeRequest = shallowRef<RaiseDisputeRequest | null>(null);

export function requestRaiseDispute(agreementId: string, sectionId: string | null, opener: HTMLElement | null): void {
  raiseDisputeRequest.value = { agreementId, sectionId, opener };
}
