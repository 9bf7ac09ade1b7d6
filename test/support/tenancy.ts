import { randomBytes } from "node:crypto";
import { createAgreement } from "./agreements.js";
import { RECORD, SUBMIT, decision, readyDraft } from "./approval.js";
import { PROPOSE, addLines, fixedResource } from "./balance.js";
import { world, type Callers } from "./command-matrix.js";
import { ESCALATE, raiseDispute } from "./disputes.js";
import { seedMunicipality, type TestMunicipality } from "./factories.js";
import { ok } from "./graphql.js";
import type { TestServer } from "./server.js";

/** What an `ID` argument can name. */
export type Kind = "agreement" | "section" | "line" | "proposal" | "dispute" | "comment" | "version" | "user" | "organ" | "notification";

/** A municipality with one of everything an id can name, made through the API. */
export interface Tenant {
  m: TestMunicipality;
  as: Callers;
  ids: Record<Kind, string>;
  /** An agreement IN_APPROVAL with a frozen version 1 (committee decisions, the PDF): PS has decided, VON not yet. */
  inApproval: string;
  balanceVersion: number;
  /** Text only this municipality's data holds: none of it may reach another municipality. */
  secrets: string[];
}

const COMMENT = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }";
const VERSION = "mutation($id: ID!, $n: String!) { createVersion(agreementId: $id, name: $n) { id } }";

export async function tenant(server: TestServer): Promise<Tenant> {
  const m = await seedMunicipality();
  const { as } = await world(server, m);
  const marker = randomBytes(6).toString("hex");
  const vonChef = as["von.chef"];
  const agreement = (await createAgreement(vonChef, m, { title: `Hemtjänst ${marker}` })).id;
  const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id: agreement })).agreement.sections;
  const balance = await addLines(vonChef, agreement, [fixedResource(`Rad ${marker}`, "1000.00")]);
  const line = balance.lines[0].id;
  const proposal = ok(
    await as["ps.chef"](PROPOSE, {
      id: agreement,
      v: balance.version,
      input: { message: `Förslag ${marker}`, changes: [{ op: "UPDATE", lineId: line, line: fixedResource(`Rad ${marker}`, "1200.00") }] },
    }),
  ).proposeBalance.id as string;
  const comment = ok(await vonChef(COMMENT, { s: sections[0].id, b: `Kommentar ${marker}` })).addComment.id as string;
  const version = ok(await vonChef(VERSION, { id: agreement, n: `Version ${marker}` })).createVersion.id as string;
  const dispute = (await raiseDispute(vonChef, agreement, { description: `Tvist ${marker}` })).id;
  ok(await vonChef(ESCALATE, { id: dispute }));
  const notifications = ok(await as.kommunledning("{ notifications { id } }")).notifications as Array<{ id: string }>;
  if (notifications.length === 0) throw new Error("expected kommunledning to be notified of the escalation");
  const draft = await readyDraft(server, m);
  ok(await draft.psChef(SUBMIT, { id: draft.id }));
  ok(await as["ps.sekreterare"](RECORD, { id: draft.id, input: decision(m.organs.PS.id) })); // a decision to correct
  return {
    m,
    as,
    ids: {
      agreement,
      section: sections[0].id,
      line,
      proposal,
      dispute,
      comment,
      version,
      user: m.users.kommunledning.id,
      organ: m.organs.VON.id,
      notification: notifications[0].id,
    },
    inApproval: draft.id,
    balanceVersion: balance.version,
    secrets: [marker, m.municipality.name, m.slug, ...Object.values(m.users).map((u) => u.email)],
  };
}

/** Which kind an `ID` argument or input field names, by its name; `id` names what the field answers. */
export function kindOf(name: string, returnType: string): Kind | undefined {
  const byName: Record<string, Kind> = {
    agreementId: "agreement",
    sectionId: "section",
    lineId: "line",
    proposalId: "proposal",
    counterTo: "proposal",
    disputeId: "dispute",
    commentId: "comment",
    parentId: "comment",
    versionId: "version",
    fromVersionId: "version",
    toVersionId: "version",
    assigneeId: "user",
    userId: "user",
    organId: "organ",
    purchaserOrganId: "organ",
    providerOrganId: "organ",
    ids: "notification",
  };
  if (name === "id") return ({ Agreement: "agreement", Dispute: "dispute", Organ: "organ" } as Record<string, Kind>)[returnType];
  return byName[name];
}
