import { randomBytes } from "node:crypto";
import { createAgreement } from "./agreements.js";
import { RECORD, SUBMIT, addIndicator, decision, readyDraft } from "./approval.js";
import { PROPOSE, addLines, fixedResource, scope, setAgreementStatus } from "./balance.js";
import { world, type Callers } from "./command-matrix.js";
import { ESCALATE, raiseDispute } from "./disputes.js";
import { seedMunicipality, type TestMunicipality } from "./factories.js";
import { ADD_PLAN, REPORT, TERM, quarter } from "./follow-up.js";
import { ok } from "./graphql.js";
import type { TestServer } from "./server.js";
import { editSection, markId, suggestInsertion } from "./suggestions.js";

/** What an `ID` argument can name. */
export type Kind =
  | "agreement"
  | "section"
  | "line"
  | "proposal"
  | "dispute"
  | "comment"
  | "version"
  | "user"
  | "organ"
  | "notification"
  | "indicator"
  | "report"
  | "plan"
  | "step"
  | "suggestion";

/** A municipality with one of everything an id can name, made through the API. */
export interface Tenant {
  m: TestMunicipality;
  as: Callers;
  ids: Record<Kind, string>;
  /** An agreement IN_APPROVAL with a frozen version 1 (committee decisions, the PDF): PS has decided, VON not yet. */
  inApproval: string;
  /** A second pending suggestion, beside `ids.suggestion`, so that accepting and rejecting each have one. */
  secondSuggestion: string;
  balanceVersion: number;
  /** Follow-up rows the calls with several ids need: an indicator of the DRAFT, the signed agreement's scope line, a RED value without plan. */
  followUp: { followed: string; draftIndicator: string; scopeLine: string; freeReport: string };
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
  const suggestion = markId("PROVIDER", m.users["ps.chef"].id);
  await editSection(as["ps.chef"], sections[0].id, suggestInsertion(suggestion, 0, `Förslag ${marker} `));
  const secondSuggestion = markId("PROVIDER", m.users["ps.chef"].id);
  await editSection(as["ps.chef"], sections[0].id, suggestInsertion(secondSuggestion, 0, `Ännu ett ${marker} `));
  const comment = ok(await vonChef(COMMENT, { s: sections[0].id, b: `Kommentar ${marker}` })).addComment.id as string;
  const version = ok(await vonChef(VERSION, { id: agreement, n: `Version ${marker}` })).createVersion.id as string;
  const dispute = (await raiseDispute(vonChef, agreement, { description: `Tvist ${marker}` })).id;
  ok(await vonChef(ESCALATE, { id: dispute }));
  const notifications = ok(await as.kommunledning("{ notifications { id } }")).notifications as Array<{ id: string }>;
  if (notifications.length === 0) throw new Error("expected kommunledning to be notified of the escalation");
  // The follow-up: a signed agreement's indicator, a RED value, its plan and the plan's step.
  const followed = (await createAgreement(vonChef, m, { ...TERM, title: `Uppföljning ${marker}` })).id;
  const indicator = await addIndicator(vonChef, followed, { name: `Indikator ${marker}` });
  const scopeLine = (await addLines(vonChef, followed, [scope(`Uppdrag ${marker}`, 10, "100.00")])).lines[0].id;
  await setAgreementStatus(m, followed, "SIGNED");
  const freeReport = ok(await as["ps.chef"](REPORT, { i: indicator, p: quarter(2), v: "10" })).reportIndicator.id as string;
  const draftIndicator = await addIndicator(vonChef, agreement, { name: `Utkastindikator ${marker}` });
  const report = ok(await as["ps.chef"](REPORT, { i: indicator, p: quarter(1), v: "10", c: `Analys ${marker}` })).reportIndicator
    .id as string;
  const plan = ok(
    await as["ps.chef"](ADD_PLAN, {
      r: report,
      input: { description: `Plan ${marker}`, ownerId: m.users["ps.chef"].id, dueDate: "2030-01-31", steps: [`Steg ${marker}`] },
    }),
  ).addActionPlan;
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
      indicator,
      report,
      plan: plan.id as string,
      step: plan.steps[0].id as string,
      suggestion,
    },
    inApproval: draft.id,
    secondSuggestion,
    followUp: { followed, draftIndicator, scopeLine, freeReport },
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
    indicatorId: "indicator",
    reportId: "report",
    indicatorReportId: "report",
    planId: "plan",
    actionPlanId: "plan",
    stepId: "step",
    balanceLineId: "line",
    ownerId: "user",
    suggestionId: "suggestion",
  };
  if (name === "id") return ({ Agreement: "agreement", Dispute: "dispute", Organ: "organ" } as Record<string, Kind>)[returnType];
  return byName[name];
}
