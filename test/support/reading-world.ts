import { createAgreement } from "./agreements.js";
import { PROPOSE, addLines, fixedResource, scope } from "./balance.js";
import { ESCALATE, raiseDispute } from "./disputes.js";
import type { TestMunicipality } from "./factories.js";
import { actor, ok } from "./graphql.js";
import { asOwner } from "./owner.js";

type Caller = Awaited<ReturnType<typeof actor>>;

export interface ReadingSize {
  /** Sections of the agreement (the municipality's template is cut to this many). */
  sections: number;
  lines: number;
  proposals: number;
  disputes: number;
  /** Of the disputes, this many escalated to kommunledning's queue. */
  escalated: number;
  comments: number;
}

/** Cuts the municipality's section template to its first `sections`, before any agreement is made from it. */
export async function cutTemplate(m: TestMunicipality, sections: number): Promise<void> {
  await asOwner(m.municipality.id, "DELETE FROM section_template WHERE position > $1 RETURNING id", [sections]);
}

/**
 * A DRAFT agreement between VON and PS with `size` of everything the workspace's parts read, through
 * the API: lines, pending and answered proposals (each from its own user), disputes (some escalated),
 * comments on the sections.
 */
export async function readingAgreement(server: { graphqlUrl: string }, m: TestMunicipality, size: ReadingSize) {
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id } = await createAgreement(vonChef, m);
  const lines = Array.from({ length: size.lines }, (_, i) =>
    i % 2 === 0 ? scope(`Insats ${i}`, 10 + i, "1000.00") : fixedResource(`Resurs ${i}`, `${5000 + i}.00`),
  );
  const balance = await addLines(vonChef, id, lines);
  for (let i = 0; i < size.proposals; i++) {
    const proposer: Caller = i % 2 === 0 ? psChef : vonChef;
    const change = {
      op: "UPDATE",
      lineId: balance.lines[i % balance.lines.length].id,
      line: fixedResource(`Ändrad ${i}`, `${6000 + i}.00`),
    };
    ok(await proposer(PROPOSE, { id, v: balance.version, input: { message: `Förslag ${i}`, changes: [change] } }));
  }
  const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections as Array<{
    id: string;
  }>;
  for (let i = 0; i < size.disputes; i++) {
    const raiser = i % 2 === 0 ? vonChef : psChef;
    const onSection = i % 3 === 0 ? { subject: "TOLKNING", sectionId: sections[i % sections.length].id } : {};
    const dispute = await raiseDispute(raiser, id, { description: `Tvist ${i}`, ...onSection });
    if (i < size.escalated) ok(await raiser(ESCALATE, { id: dispute.id }));
  }
  for (let i = 0; i < size.comments; i++) {
    ok(
      await (i % 2 === 0 ? vonChef : psChef)("mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }", {
        s: sections[i % sections.length].id,
        b: `Kommentar ${i}`,
      }),
    );
  }
  return { id, vonChef, psChef };
}
