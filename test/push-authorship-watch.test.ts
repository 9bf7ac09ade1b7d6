import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { AgreementStatus, type AgreementRef } from "../server/agreements/agreement.model.js";
import { OrganKind, Role, type Actor } from "../server/identity/identity.model.js";
import { OTHERS_SUGGESTION_REFUSAL, pushAuthorshipRefusal } from "../server/suggestions/push-authorship.js";

const agreement: AgreementRef = {
  id: "a",
  municipalityId: "m",
  status: AgreementStatus.DRAFT,
  purchaserOrganId: "von",
  providerOrganId: "ps",
};
const actorOf = (userId: string, organId: string): Actor => ({
  userId,
  municipalityId: "m",
  roles: [{ role: Role.HANDLAGGARE, organId, organKind: organId === "von" ? OrganKind.BESTALLARNAMND : OrganKind.PRODUKTIONSSTYRELSE }],
});
const purchaser = actorOf(randomUUID(), "von");
const provider = actorOf(randomUUID(), "ps");

/** An update made on a copy of `doc`, as a client makes one. */
function edit(doc: Y.Doc, change: (text: Y.XmlText) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy.getXmlFragment("content").get(0) as Y.XmlText);
  return Y.encodeStateAsUpdate(copy, before);
}

describe("the push check's watch of a live document's marks", () => {
  it("sees a mark that reached the document without a push check (another process, a restore), and guards it", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment("content").insert(0, [new Y.XmlText("Nämnden beställer.")]);
    // Watched while it holds no marks: plain pushes pass without a look at the text.
    const plain = edit(doc, (t) => t.insert(0, "A"));
    expect(pushAuthorshipRefusal(provider, agreement, doc, plain)).toBeNull();
    Y.applyUpdate(doc, plain);
    // The provider's suggestion arrives as an applied update, not through this process's check.
    const theirs = `PROVIDER~${provider.userId}~1~t1`;
    Y.applyUpdate(
      doc,
      edit(doc, (t) => t.insert(1, "Hela ", { insertion: { id: theirs } })),
    );
    // A deletion names no mark, yet it removes the other party's suggestion: refused.
    const deletion = edit(doc, (t) => t.delete(1, 5));
    expect(pushAuthorshipRefusal(purchaser, agreement, doc, deletion)).toBe(OTHERS_SUGGESTION_REFUSAL);
  });
});
