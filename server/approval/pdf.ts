import { formatAmount, formatDateTime, formatPercent, formatQuantity, NBSP } from "../documents/swedish-format.js";
import {
  agreementKindLabel,
  approvalDecisionLabel,
  decidingBodyLabel,
  disputeLevelLabel,
  disputeSubjectLabel,
  lineKindLabel,
  partyLabel,
} from "../documents/swedish-labels.js";
import { TaggedPdf } from "../documents/tagged-pdf.js";
import type { FrozenContent } from "./approval.entities.js";

export interface PdfApproval {
  organName: string;
  decision: string | null;
  meetingDate: string | null;
  paragraph: string | null;
  remarks: string | null;
  recordedAt: Date | null;
  /** When the secretary last corrected the minutes' details (the old values are in the event log). */
  correctedAt?: Date | null;
}

export interface PdfDisputeDecision {
  subject: string;
  /** The section's title, or null for the balance. */
  concerns: string | null;
  text: string;
  reference: string | null;
  level: string;
  /** KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE for a political decision. */
  body: string | null;
  meetingDate: string | null;
  paragraph: string | null;
  /** Who decided at official level, or who recorded the political body's decision. */
  decidedByName: string;
  decidedAt: Date;
  setsBalance: boolean;
}

export interface PdfInput {
  municipalityName: string;
  version: { number: number; contentHash: string; createdAt: Date };
  content: FrozenContent;
  approvals: PdfApproval[];
  disputeDecisions: PdfDisputeDecision[];
  signatures: Array<{ party: string; userName: string; signedAt: Date; contentHash: string }>;
  /** The event log's head hash when both had signed this version, or null. */
  recordHash: string | null;
}

const BALANCE_STATUS: Record<string, string> = {
  OPEN: "Inte överenskommen",
  AGREED: "Överenskommen av båda parter",
  DECIDED: "Fastställd genom beslut",
};

/** "§ 12" whether the minutes' paragraph was given as "12" or "§ 12". */
const paragraphText = (paragraph: string | null): string =>
  !paragraph ? "" : paragraph.trim().startsWith("§") ? paragraph.trim() : `§${NBSP}${paragraph.trim()}`;

const SIGNATURE_OF: Record<string, string> = { PURCHASER: "Beställarens", PROVIDER: "Utförarens" };

/**
 * A frozen version as the official document: the agreement's facts, its text, the balance, every
 * decision that applies to it (the committees' and the decided disputes'), the signatures, and the
 * hashes that tie the paper to the record. Swedish formats throughout, times in Swedish time.
 */
export async function renderVersionPdf(input: PdfInput): Promise<Buffer> {
  const { content, version } = input;
  const a = content.agreement;
  const pdf = await TaggedPdf.open(
    { title: `${a.diarienummer} ${a.title}`, subject: `${agreementKindLabel(a.kind)}, version ${version.number}` },
    { left: input.municipalityName, right: `${a.diarienummer} · Version ${version.number}` },
  );

  pdf.heading(1, a.title);
  pdf.facts([
    ["Diarienummer", a.diarienummer],
    ["Typ", agreementKindLabel(a.kind)],
    ["Beställare", a.purchaser.name],
    ["Utförare", a.provider.name],
    ["Period", `${a.periodStart} – ${a.periodEnd}`],
    ["Version", `${version.number}, fryst ${formatDateTime(version.createdAt)}`],
    ["Kontrollsumma (SHA-256)", version.contentHash],
  ]);
  pdf.paragraph("Alla tider anges i svensk tid.", "small");

  for (const section of content.sections) {
    pdf.heading(2, section.title);
    pdf.paragraph(section.text.trim() || "(Avsnittet är tomt.)");
  }

  writeBalance(pdf, content.balance);
  writeDecisions(pdf, input);
  writeSignatures(pdf, input);
  return pdf.finish();
}

function writeBalance(pdf: TaggedPdf, balance: FrozenContent["balance"]): void {
  pdf.heading(2, "Balans mellan uppdrag och resurser");
  if (balance.lines.length === 0) pdf.paragraph("Balansen har inga rader.");
  else
    pdf.table(
      [
        { header: "Typ", wrap: false },
        { header: "Beskrivning", wrap: true },
        { header: "Volym", wrap: true, align: "right" },
        { header: "À-pris", wrap: false, align: "right" },
        { header: "Belopp", wrap: false, align: "right" },
      ],
      balance.lines.map((line) => [
        lineKindLabel(line.kind),
        line.description,
        line.volume === null ? "" : [formatQuantity(line.volume), line.unit].filter(Boolean).join(NBSP),
        line.unitAmount === null ? "" : formatAmount(line.unitAmount),
        formatAmount(line.amount),
      ]),
    );
  const totals = balance.totals as { cost?: string; compensation?: string; difference?: string; marginPercent?: string | null };
  const requirementMet = (balance.totals as { requirementMet?: boolean }).requirementMet;
  pdf.facts([
    ["Beräknad kostnad", totals.cost ? formatAmount(totals.cost) : ""],
    ["Ersättning", totals.compensation ? formatAmount(totals.compensation) : ""],
    ["Differens", totals.difference ? formatAmount(totals.difference) : ""],
    ["Marginal", totals.marginPercent ? formatPercent(totals.marginPercent) : "Ingen ersättning"],
    ["Resultatkravet", requirementMet ? "Uppfylls" : "Uppfylls inte"],
    ["Balansens status", BALANCE_STATUS[balance.status] ?? balance.status],
  ]);
  writeMarks(pdf, balance.marks ?? []);
}

/**
 * The förvaltningschefer's marks "balansen håller" as frozen, with the reason a party gave for marking
 * a balance that misses the result requirement (versions frozen before reasons existed have no marks).
 */
function writeMarks(pdf: TaggedPdf, marks: NonNullable<FrozenContent["balance"]["marks"]>): void {
  if (marks.length === 0) return;
  pdf.heading(3, "Markeringar att balansen håller");
  pdf.table(
    [
      { header: "Part", wrap: false },
      { header: "Namn", wrap: true },
      { header: "Markerat", wrap: false },
      { header: "Motivering (resultatkravet uppfylls inte)", wrap: true },
    ],
    marks.map((mark) => [partyLabel(mark.party), mark.userName, formatDateTime(new Date(mark.at)), mark.reason ?? ""]),
  );
}

function writeDecisions(pdf: TaggedPdf, input: PdfInput): void {
  pdf.heading(2, "Beslut");
  pdf.heading(3, "Nämndernas beslut");
  if (input.approvals.length === 0) pdf.paragraph("Inga nämndbeslut.");
  else
    pdf.table(
      [
        { header: "Nämnd eller styrelse", wrap: true },
        { header: "Beslut", wrap: false },
        { header: "Sammanträde", wrap: false },
        { header: "Paragraf", wrap: true },
        { header: "Registrerat", wrap: false },
        { header: "Anmärkning", wrap: true },
      ],
      input.approvals.map((approval) => [
        approval.organName,
        approval.decision ? approvalDecisionLabel(approval.decision) : "Beslut väntar",
        approval.meetingDate ?? "",
        paragraphText(approval.paragraph),
        [
          approval.recordedAt ? formatDateTime(approval.recordedAt) : "",
          approval.correctedAt ? `rättat ${formatDateTime(approval.correctedAt)}` : "",
        ]
          .filter(Boolean)
          .join(", "),
        approval.remarks ?? "",
      ]),
    );

  pdf.heading(3, "Beslut i tvister");
  if (input.disputeDecisions.length === 0) pdf.paragraph("Inga tvister om överenskommelsen har avgjorts.");
  for (const decision of input.disputeDecisions) {
    const concerns = decision.concerns === null ? "balansen" : `avsnittet ${decision.concerns}`;
    pdf.heading(4, `Tvist om ${concerns} (${disputeSubjectLabel(decision.subject)})`);
    const political = decision.body !== null;
    const minutes = [decision.meetingDate, paragraphText(decision.paragraph)].filter(Boolean).join(", ");
    pdf.facts([
      ["Ämne", disputeSubjectLabel(decision.subject)],
      ["Nivå", political ? `${disputeLevelLabel(decision.level)}, ${decidingBodyLabel(decision.body)}` : disputeLevelLabel(decision.level)],
      ...(minutes ? [["Sammanträde", minutes] as const] : []),
      ...(decision.reference ? [["Referens", decision.reference] as const] : []),
      political
        ? (["Beslutat av", decidingBodyLabel(decision.body)] as const)
        : (["Beslutat av", `${decision.decidedByName}, kommunledningen`] as const),
      [political ? "Registrerat" : "Beslutat", formatDateTime(decision.decidedAt)],
      ...(decision.setsBalance ? [["Balansen", "Fastställd genom beslutet"] as const] : []),
    ]);
    pdf.paragraph(decision.text);
  }
}

function writeSignatures(pdf: TaggedPdf, input: PdfInput): void {
  pdf.heading(2, "Underskrifter");
  if (input.signatures.length === 0) pdf.paragraph("Inte undertecknad.");
  else
    pdf.table(
      [
        { header: "Part", wrap: false },
        { header: "Namn", wrap: true },
        { header: "Undertecknad", wrap: false },
      ],
      input.signatures.map((s) => [partyLabel(s.party), s.userName, formatDateTime(s.signedAt)]),
    );
  for (const s of input.signatures)
    pdf.paragraph(`${SIGNATURE_OF[s.party] ?? partyLabel(s.party)} underskrift avser kontrollsumman (SHA-256) ${s.contentHash}`, "mono");
  if (input.recordHash) pdf.paragraph(`Händelseloggens kontrollsumma vid undertecknandet: ${input.recordHash}`, "mono");
}
