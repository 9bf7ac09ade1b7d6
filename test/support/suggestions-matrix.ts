import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { setAgreementStatus } from "./balance.js";
import { AGREEMENT_STATES, agreementIn, firstSectionId, type Caller, type World } from "./command-matrix.js";
import { ACCEPT, ACCEPT_ALL, REJECT, REJECT_ALL, SUGGESTIONS, editSection, markId, paragraphs, suggestInsertion } from "./suggestions.js";

/**
 * The decisions on suggested changes of the text in the command matrix (test/command-matrix.test.ts):
 * a suggestion by PS's förvaltningschef, decided by the other party's drafters (VON's) in a DRAFT; PS's
 * own drafters are FORBIDDEN, like every other role. The flags are the section's `canDecide` /
 * `canDecideAllSuggestions`.
 */
const OTHER_PARTY: DemoWho[] = ["von.chef", "von.handlaggare"];

async function suggested(w: World, state: string) {
  const { id } = await agreementIn(w, "DRAFT");
  const sectionId = await firstSectionId(w, id);
  const suggestionId = markId("PROVIDER", w.m.users["ps.chef"].id);
  await editSection(w.as["von.chef"], sectionId, paragraphs("Nämnden beställer hemtjänst."));
  await editSection(w.as["ps.chef"], sectionId, suggestInsertion(suggestionId, 0, "Hela "));
  if (state !== "DRAFT") await setAgreementStatus(w.m, id, state);
  const flag = (pick: (section: any) => boolean) => async (caller: Caller) => {
    const result = await caller(SUGGESTIONS, { id });
    return result.errors ? false : pick(result.data!.agreement.sections.find((s: { id: string }) => s.id === sectionId));
  };
  return { sectionId, suggestionId, flag };
}

const decidesOne = (mutation: string) => ({
  roles: OTHER_PARTY,
  states: ["DRAFT"],
  across: AGREEMENT_STATES,
  prepare: async (w: World, state: string) => {
    const { sectionId, suggestionId, flag } = await suggested(w, state);
    return {
      run: (caller: Caller) => caller(mutation, { s: sectionId, g: suggestionId }),
      flag: flag((section) => section.suggestions[0].canDecide),
    };
  },
});

const decidesAll = (mutation: string) => ({
  roles: OTHER_PARTY,
  states: ["DRAFT"],
  across: AGREEMENT_STATES,
  prepare: async (w: World, state: string) => {
    const { sectionId, flag } = await suggested(w, state);
    return { run: (caller: Caller) => caller(mutation, { s: sectionId }), flag: flag((section) => section.canDecideAllSuggestions) };
  },
});

export const SUGGESTION_CASES = {
  acceptSuggestion: decidesOne(ACCEPT),
  rejectSuggestion: decidesOne(REJECT),
  acceptAllSuggestions: decidesAll(ACCEPT_ALL),
  rejectAllSuggestions: decidesAll(REJECT_ALL),
};
