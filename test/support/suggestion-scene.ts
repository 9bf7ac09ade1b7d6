import { createAgreement } from "./agreements.js";
import { firstSectionId, world } from "./command-matrix.js";
import { seedMunicipality } from "./factories.js";
import { ok } from "./graphql.js";
import { useTestServer } from "./server.js";
import { SUGGESTIONS, editSection, paragraphs } from "./suggestions.js";

/** A fresh municipality's draft whose first section von.chef has written `text` in, and a reader of that section's suggestions. */
export async function sectionWithText(text: string) {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const w = await world(server, m);
  const { id } = await createAgreement(w.as["von.chef"], m);
  const sectionId = await firstSectionId(w, id);
  await editSection(w.as["von.chef"], sectionId, paragraphs(text));
  const section = async () => ok(await w.as["von.chef"](SUGGESTIONS, { id })).agreement.sections[0];
  return { w, m, id, sectionId, section };
}
