import { describe, expect, it } from "vitest";
import { AGREEMENT_STATE, SUBMIT, readyDraft } from "./support/approval.js";
import { firstSectionId, world } from "./support/command-matrix.js";
import { seedMunicipality } from "./support/factories.js";
import { errorCode, ok } from "./support/graphql.js";
import { REOPEN_SECTION } from "./support/section-marks.js";
import { useTestServer } from "./support/server.js";
import { sectionWithText } from "./support/suggestion-scene.js";
import { ACCEPT, ACCEPT_ALL, REJECT, SUGGESTIONS, editSection, markId, suggestDeletion, suggestInsertion } from "./support/suggestions.js";

const EVENTS = "query($id: ID!) { agreement(id: $id) { events { type summary } } }";

const setUp = () => sectionWithText("Nämnden beställer hemtjänst.");

describe("suggested changes of the text", () => {
  it("a pending insertion is left out of Section.text; only the other party may accept it, once", async () => {
    const { w, m, id, sectionId, section } = await setUp();
    const suggestion = markId("PROVIDER", m.users["ps.chef"].id);
    await editSection(w.as["ps.chef"], sectionId, suggestInsertion(suggestion, 27, " i hela kommunen"));

    const pending = await section();
    expect(pending.text).toBe("Nämnden beställer hemtjänst.");
    expect(pending.suggestions).toMatchObject([
      { id: suggestion, party: "PROVIDER", kind: "INSERTION", inserted: " i hela kommunen", user: { name: m.users["ps.chef"].name } },
    ]);
    expect(pending.suggestions[0].canDecide).toBe(true); // von.chef reads it
    const asSuggester = ok(await w.as["ps.handlaggare"](SUGGESTIONS, { id })).agreement.sections[0];
    expect(asSuggester.suggestions[0].canDecide).toBe(false);
    expect(asSuggester.canDecideAllSuggestions).toBe(false);

    // The suggester's own party may not; nor may a role outside the parties.
    expect(errorCode(await w.as["ps.handlaggare"](ACCEPT, { s: sectionId, g: suggestion }))).toBe("FORBIDDEN");
    expect(errorCode(await w.as["ps.chef"](REJECT, { s: sectionId, g: suggestion }))).toBe("FORBIDDEN");
    expect(errorCode(await w.as["von.sekreterare"](ACCEPT, { s: sectionId, g: suggestion }))).toBe("FORBIDDEN");
    expect(errorCode(await w.as["von.chef"](ACCEPT, { s: sectionId, g: markId("PROVIDER", m.users["ps.chef"].id) }))).toBe("NOT_FOUND");

    const accepted = ok(await w.as["von.handlaggare"](ACCEPT, { s: sectionId, g: suggestion })).acceptSuggestion;
    expect(accepted.text).toBe("Nämnden beställer hemtjänst i hela kommunen.");
    const after = await section();
    expect(after.suggestions).toEqual([]);
    expect(after.text).toBe("Nämnden beställer hemtjänst i hela kommunen.");

    // Decided already (by a concurrent call, say): CONFLICT with the section's seq, and nothing changes.
    const again = await w.as["von.chef"](ACCEPT, { s: sectionId, g: suggestion });
    expect(errorCode(again)).toBe("CONFLICT");
    expect(again.errors![0].extensions!.currentVersion).toBe(after.seq);

    const events = ok(await w.as["von.chef"](EVENTS, { id })).agreement.events as Array<{ type: string; summary: string }>;
    expect(events.filter((e) => e.type.startsWith("suggestion."))).toEqual([
      {
        type: "suggestion.accepted",
        summary: `Beställaren godtog Utförarens ändring i avsnittet ”${await sectionTitle(w, id)}”: infoga ” i hela kommunen”`,
      },
    ]);
  });

  it("rejecting a deletion keeps the text; accepting one removes it; concurrent decisions leave one event", async () => {
    const { w, m, sectionId, section } = await setUp();
    const strike = markId("PURCHASER", m.users["von.chef"].id);
    await editSection(w.as["von.chef"], sectionId, suggestDeletion(strike, 17, 11)); // " hemtjänst."
    expect((await section()).text).toBe("Nämnden beställer hemtjänst.");
    expect((await section()).suggestions).toMatchObject([{ id: strike, party: "PURCHASER", kind: "DELETION", deleted: " hemtjänst." }]);
    const [first, second] = await Promise.all([
      w.as["ps.chef"](REJECT, { s: sectionId, g: strike }),
      w.as["ps.handlaggare"](REJECT, { s: sectionId, g: strike }),
    ]);
    expect([first, second].map((r) => r.errors?.[0].extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect((await section()).text).toBe("Nämnden beställer hemtjänst.");

    const again = markId("PURCHASER", m.users["von.handlaggare"].id);
    await editSection(w.as["von.handlaggare"], sectionId, suggestDeletion(again, 17, 11));
    expect(ok(await w.as["ps.chef"](ACCEPT, { s: sectionId, g: again })).acceptSuggestion.text).toBe("Nämnden beställer");
  });

  it("accepting all takes only the other party's suggestions", async () => {
    const { w, m, sectionId, section } = await setUp();
    const theirs = markId("PROVIDER", m.users["ps.chef"].id);
    const ours = markId("PURCHASER", m.users["von.chef"].id);
    await editSection(w.as["ps.chef"], sectionId, suggestInsertion(theirs, 0, "Hela "));
    await editSection(w.as["von.chef"], sectionId, suggestDeletion(ours, 12, 10)); // " beställer", after PS's "Hela "
    expect((await section()).suggestions.map((s: { id: string }) => s.id).sort()).toEqual([theirs, ours].sort());
    const done = ok(await w.as["von.chef"](ACCEPT_ALL, { s: sectionId })).acceptAllSuggestions;
    expect(done.text).toBe("Hela Nämnden beställer hemtjänst.");
    expect((await section()).suggestions.map((s: { id: string }) => s.id)).toEqual([ours]);
    // Nothing of PS's own left to decide for VON; PS may decide VON's.
    expect(errorCode(await w.as["von.chef"](ACCEPT_ALL, { s: sectionId }))).toBe("FORBIDDEN");
    expect(ok(await w.as["ps.handlaggare"](ACCEPT_ALL, { s: sectionId })).acceptAllSuggestions.text).toBe("Hela Nämnden hemtjänst.");
  });

  it("an agreement with pending suggestions cannot be submitted: a gap per section", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const w = await world(server, m);
    const { id } = await readyDraft(server, m);
    const sectionId = await firstSectionId(w, id);
    // A ready draft has its sections agreed, and so locked: reopened to suggest a change.
    ok(await w.as["ps.chef"](REOPEN_SECTION, { s: sectionId, r: "Ett förslag till" }));
    await editSection(w.as["ps.chef"], sectionId, suggestInsertion(markId("PROVIDER", m.users["ps.chef"].id), 0, "Ny inledning. "));
    const gaps = ok(await w.as["von.chef"](AGREEMENT_STATE, { id })).agreement.missingForNextStep;
    const title = await sectionTitle(w, id);
    expect(gaps).toContainEqual({ kind: "SUGGESTIONS_PENDING", count: 1, section: title, organ: null, party: null });
    const refused = await w.as["von.chef"](SUBMIT, { id });
    expect(errorCode(refused)).toBe("INVALID_STATE");
    expect(refused.errors![0].message).toContain(`1 föreslagen ändring i avsnittet ”${title}” är varken godtagen eller avvisad`);
  });
});

async function sectionTitle(w: Awaited<ReturnType<typeof world>>, id: string): Promise<string> {
  return ok(await w.as["von.chef"]("query($id: ID!) { agreement(id: $id) { sections { title } } }", { id })).agreement.sections[0].title;
}
