import { describe, expect, it } from "vitest";
import { errorCode, ok } from "./support/graphql.js";
import { sectionWithText } from "./support/suggestion-scene.js";
import { editSection, firstText, markId, pushEdit, suggestDeletion, suggestInsertion } from "./support/suggestions.js";

const TEXT = "Nämnden beställer hemtjänst.";

const setUp = () => sectionWithText(TEXT);

/** The push was refused as bad input naming the update, with `message`. */
function refused(answer: Awaited<ReturnType<typeof pushEdit>>, message: RegExp) {
  expect(errorCode(answer)).toBe("BAD_USER_INPUT");
  expect(answer.errors![0].extensions!.field).toBe("update");
  expect(answer.errors![0].message).toMatch(message);
}

describe("who may change a suggestion: the server reads every push's marks", () => {
  it("a new mark must name the pusher's own party and the pusher; anything else is refused and nothing changes", async () => {
    const { w, m, sectionId, section } = await setUp();
    const ps = w.as["ps.chef"];
    for (const forged of [markId("PURCHASER", m.users["ps.chef"].id), markId("PROVIDER", m.users["ps.handlaggare"].id), "1234"]) {
      refused(await pushEdit(ps, sectionId, suggestInsertion(forged, 0, "Hela ")), /i någon annans namn/);
      refused(await pushEdit(ps, sectionId, suggestDeletion(forged, 0, 7)), /i någon annans namn/);
    }
    expect(await section()).toMatchObject({ text: TEXT, suggestions: [] });

    const own = markId("PROVIDER", m.users["ps.chef"].id);
    ok(await pushEdit(ps, sectionId, suggestInsertion(own, 0, "Hela ")));
    expect((await section()).suggestions).toMatchObject([{ id: own, party: "PROVIDER", inserted: "Hela " }]);
  });

  it("the other party can neither delete, unmark nor extend a suggestion, only decide it; its own party may change it", async () => {
    const { w, m, sectionId, section } = await setUp();
    const theirs = markId("PROVIDER", m.users["ps.chef"].id);
    await editSection(w.as["ps.chef"], sectionId, suggestInsertion(theirs, 0, "Hela "));
    const von = w.as["von.handlaggare"];

    refused(await pushEdit(von, sectionId, (c) => firstText(c).delete(0, 5)), /den andra partens förslag/);
    refused(await pushEdit(von, sectionId, (c) => c.delete(0, 1)), /den andra partens förslag/);
    refused(await pushEdit(von, sectionId, (c) => firstText(c).format(0, 5, { insertion: null })), /den andra partens förslag/);
    refused(await pushEdit(von, sectionId, (c) => firstText(c).insert(2, "x", { insertion: { id: theirs } })), /den andra partens förslag/);
    const pending = await section();
    expect(pending.suggestions).toMatchObject([{ id: theirs, inserted: "Hela " }]);
    expect(pending.text).toBe(TEXT);

    // Plain text elsewhere in the same paragraph is the other party's to write.
    ok(await pushEdit(von, sectionId, (c) => firstText(c).insert(5 + TEXT.length - 1, " i hela kommunen")));
    expect((await section()).text).toBe("Nämnden beställer hemtjänst i hela kommunen.");

    // A colleague of the suggester may withdraw it.
    ok(await pushEdit(w.as["ps.handlaggare"], sectionId, (c) => firstText(c).delete(0, 5)));
    expect((await section()).suggestions).toEqual([]);
  });
});
