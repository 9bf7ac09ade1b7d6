import { actor, ok } from "./graphql.js";

type Caller = Awaited<ReturnType<typeof actor>>;

export const AGREE_SECTION = "mutation($s: ID!, $seq: Int!) { agreeSection(sectionId: $s, seq: $seq) { id status seq } }";
export const REOPEN_SECTION = "mutation($s: ID!, $r: String!) { reopenSection(sectionId: $s, reason: $r) { id status } }";
export const SECTION_STATES = `query($id: ID!) { agreement(id: $id) { sections {
  id key title required text seq status editable canAgreeSection canReopenSection agreedBy { party user { email } seq at }
} } }`;

export interface SectionState {
  id: string;
  key: string;
  title: string;
  required: boolean;
  text: string;
  seq: number;
  status: "OPEN" | "AGREED";
  editable: boolean;
  canAgreeSection: boolean;
  canReopenSection: boolean;
  agreedBy: Array<{ party: string; user: { email: string }; seq: number; at: string }>;
}

export async function sectionStates(caller: Caller, agreementId: string): Promise<SectionState[]> {
  return ok(await caller(SECTION_STATES, { id: agreementId })).agreement.sections as SectionState[];
}

/**
 * A drafter of each party marks every required section on its current text, so it is AGREED: what a
 * submission needs (issue 14). `purchaser` and `provider` are callers of the two sides.
 */
export async function agreeRequiredSections(purchaser: Caller, provider: Caller, agreementId: string): Promise<void> {
  for (const section of await sectionStates(purchaser, agreementId)) {
    if (!section.required || section.status === "AGREED") continue;
    ok(await purchaser(AGREE_SECTION, { s: section.id, seq: section.seq }));
    ok(await provider(AGREE_SECTION, { s: section.id, seq: section.seq }));
  }
}
