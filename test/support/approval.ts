import * as Y from "yjs";
import { DEFAULT_SECTION_TEMPLATE } from "../../server/agreements/agreement.model.js";
import { stockholmDate } from "../../server/validation/meeting-date.js";
import type { TestMunicipality } from "./factories.js";
import { createAgreement } from "./agreements.js";
import { AGREE, addLines, fixedResource, scope } from "./balance.js";
import { actor, ok } from "./graphql.js";
import { agreeRequiredSections } from "./section-marks.js";

type Caller = Awaited<ReturnType<typeof actor>>;

export const AGREEMENT_STATE = `query($id: ID!) { agreement(id: $id) {
  id status version missingForNextStep { kind count section organ party }
  currentVersion { number contentHash createdAt }
  approvals { organ { id shortName } decision meetingDate paragraph remarks versionNumber recordedBy { email } }
  signatures { party user { email } contentHash }
} }`;
export const SUBMIT = "mutation($id: ID!) { submitForApproval(agreementId: $id) { id status currentVersion { number contentHash } } }";
export const RECORD = "mutation($id: ID!, $input: ApprovalInput!) { recordApproval(agreementId: $id, input: $input) { id status } }";
export const PERMISSIONS = `query($id: ID!) { agreement(id: $id) {
  permissions { canEdit canSubmitForApproval canSignAgreement canStartAmendment party } approvals { organ { shortName } canRecord }
} }`;
export const AMEND = "mutation($id: ID!) { startAmendment(agreementId: $id) { id kind status diarienummer amends { id } } }";
export const SIGN = "mutation($id: ID!, $hash: String!) { signAgreement(agreementId: $id, contentHash: $hash) { id status } }";

/** A Yjs update that writes `text` as the section's first paragraph. */
export function textUpdate(text: string): string {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment("content").insert(0, [paragraph]);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64");
}

export const ADD_INDICATOR = `mutation($id: ID!, $input: IndicatorInput!) {
  addIndicator(agreementId: $id, input: $input) { id name target warnAt frequency version }
}`;

/** The indicator of the demo and the fixtures: satisfied users, higher is better, quarterly. */
export const satisfaction = (overrides: Record<string, unknown> = {}) => ({
  name: "Andel brukare nöjda med bemötandet",
  unit: "%",
  direction: "HIGHER_IS_BETTER",
  target: "90",
  warnAt: "85",
  frequency: "QUARTERLY",
  ...overrides,
});

/** Adds an indicator through the API, under "Mål och kvalitetskrav"; its id. */
export async function addIndicator(caller: Caller, agreementId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const sections = ok(await caller("query($id: ID!) { agreement(id: $id) { sections { id key } } }", { id: agreementId })).agreement
    .sections as Array<{ id: string; key: string }>;
  const sectionId = sections.find((s) => s.key === "mal")?.id ?? null;
  return ok(await caller(ADD_INDICATOR, { id: agreementId, input: satisfaction({ sectionId, ...overrides }) })).addIndicator.id as string;
}

/**
 * Fills every required section through the co-editing API, and gives the agreement the one indicator a
 * submission needs (the NO_INDICATOR gap): the content of a draft that can be submitted.
 */
export async function fillRequiredSections(caller: Caller, agreementId: string): Promise<void> {
  await addIndicator(caller, agreementId);
  const sections = ok(await caller("query($id: ID!) { agreement(id: $id) { sections { id key required } } }", { id: agreementId }))
    .agreement.sections as Array<{ id: string; key: string; required: boolean }>;
  for (const section of sections.filter((s) => s.required)) {
    const title = DEFAULT_SECTION_TEMPLATE.find((t) => t.key === section.key)!.title;
    ok(
      await caller("mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }", {
        s: section.id,
        u: textUpdate(`${title}: överenskommen text för ${section.key}. Åtagandet gäller hela året.`),
      }),
    );
  }
}

/** Both förvaltningschefer mark a balance with a 2 % margin. */
export async function agreeOnBalance(vonChef: Caller, psChef: Caller, agreementId: string): Promise<void> {
  const balance = await addLines(vonChef, agreementId, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1020000.00")]);
  ok(await vonChef(AGREE, { id: agreementId, v: balance.version }));
  ok(await psChef(AGREE, { id: agreementId, v: balance.version }));
}

/** A DRAFT that can be submitted: required sections written and agreed by both parties, balance agreed by both chiefs. */
export async function readyDraft(server: { graphqlUrl: string }, m: TestMunicipality) {
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id } = await createAgreement(vonChef, m);
  await fillRequiredSections(vonChef, id);
  await agreeOnBalance(vonChef, psChef, id);
  await agreeRequiredSections(vonChef, psChef, id);
  return { id, vonChef, psChef };
}

/** Today by the municipalities' calendar: the one meeting date a decision recorded in a test can have for sure. */
export const today = (): string => stockholmDate(new Date());

export const decision = (organId: string, overrides: Record<string, unknown> = {}) => ({
  organId,
  decision: "APPROVED",
  meetingDate: today(),
  paragraph: "§ 145",
  ...overrides,
});
