import { formatAmount, formatDateTime, formatQuantity, NBSP } from "../documents/swedish-format.js";
import { TaggedPdf } from "../documents/tagged-pdf.js";
import type { AnnualReportContent, ReportAgreement, ReportTotals } from "./annual-report.model.js";

/** The decision as the PDF states it, or null while the nämnd has not decided. */
export interface PdfReportDecision {
  meetingDate: string;
  paragraph: string;
  remarks: string | null;
  recordedByName: string;
  recordedAt: Date;
}

export interface PdfNamndReport {
  content: AnnualReportContent;
  contentHash: string;
  decision: PdfReportDecision | null;
}

const MET: Record<string, string> = { YES: "Ja", PARTLY: "Delvis", NO: "Nej" };
const LEVEL: Record<string, string> = { LOW: "Låg", MEDIUM: "Medel", HIGH: "Hög" };
const STATUS: Record<string, string> = { GREEN: "Grön", YELLOW: "Gul", RED: "Röd" };
const PLAN: Record<string, string> = { PLANNED: "Planerad", IN_PROGRESS: "Pågår", DONE: "Klar" };
const met = (answer: string | null) => (answer ? MET[answer] : "Underlag saknas");
const withUnit = (value: string, unit: string | null) => [formatQuantity(value), unit].filter(Boolean).join(NBSP);

/**
 * One nämnd's yearly follow-up report of its strategic agreements, as the guideline asks it to answer:
 * are the essential quality requirements met, which deficiencies, the effect on the nämnd's goals, the
 * action plan — per agreement, with the accepted values it rests on, and the decision when there is one.
 */
export async function renderAnnualReportPdf(municipalityName: string, report: PdfNamndReport): Promise<Buffer> {
  const { content } = report;
  const title = `Uppföljning av strategiska avtal ${content.year}`;
  const pdf = await TaggedPdf.open(
    { title: `${title}, ${content.organ.name}`, subject: "Årlig uppföljningsrapport enligt riktlinjen för uppföljning och insyn" },
    { left: municipalityName, right: `${content.organ.shortName} · ${content.year}` },
  );
  pdf.heading(1, `${title}: ${content.organ.name}`);
  writeNamndReport(pdf, report);
  return pdf.finish();
}

/** Every nämnd's report of the year, compiled by kommunledningen for KS/KF. */
export async function renderRollUpPdf(municipalityName: string, year: number, reports: readonly PdfNamndReport[]): Promise<Buffer> {
  const title = `Sammanställning: uppföljning av strategiska avtal ${year}`;
  const pdf = await TaggedPdf.open(
    { title, subject: "Nämndernas uppföljning av strategiska avtal, sammanställd för kommunstyrelsen och kommunfullmäktige" },
    { left: municipalityName, right: `Sammanställning · ${year}` },
  );
  pdf.heading(1, title);
  pdf.paragraph("Alla tider anges i svensk tid.", "small");
  pdf.heading(2, "Översikt");
  pdf.table(
    [
      { header: "Nämnd", wrap: true },
      { header: "Avtal", wrap: false, align: "right" },
      { header: "Uppfyller", wrap: false, align: "right" },
      { header: "Delvis", wrap: false, align: "right" },
      { header: "Uppfyller inte", wrap: false, align: "right" },
      { header: "Underlag saknas", wrap: false, align: "right" },
      { header: "Nämndens beslut", wrap: true },
    ],
    reports.map(({ content, decision }) => [
      content.organ.name,
      String(content.totals.agreements),
      String(content.totals.met),
      String(content.totals.partly),
      String(content.totals.notMet),
      String(content.totals.noBasis),
      decision ? `${decision.meetingDate}, ${decision.paragraph}` : "Inte beslutad",
    ]),
  );
  for (const report of reports) {
    pdf.heading(2, report.content.organ.name);
    writeNamndReport(pdf, report, 3);
  }
  return pdf.finish();
}

function writeNamndReport(pdf: TaggedPdf, { content, contentHash, decision }: PdfNamndReport, level: 2 | 3 = 2): void {
  const sub = (level + 1) as 3 | 4;
  pdf.facts([
    ["Nämnd", content.organ.name],
    ["År", String(content.year)],
    ["Strategiska avtal", String(content.totals.agreements)],
    ...totalsFacts(content.totals),
    ["Nämndens beslut", decision ? `Sammanträde ${decision.meetingDate}, ${decision.paragraph}` : "Inte beslutad"],
    ...(decision ? ([["Registrerat", `${formatDateTime(decision.recordedAt)} av ${decision.recordedByName}`]] as const) : []),
    ["Kontrollsumma (SHA-256)", contentHash],
  ]);
  if (decision?.remarks) pdf.paragraph(`Anmärkning: ${decision.remarks}`);
  if (content.agreements.length === 0) pdf.paragraph("Nämnden har inga strategiska, undertecknade avtal som gäller under året.");
  for (const agreement of content.agreements) writeAgreement(pdf, agreement, level, sub);
}

const totalsFacts = (t: ReportTotals): Array<readonly [string, string]> => [
  ["Kvalitetskraven uppfylls", `Ja ${t.met}, delvis ${t.partly}, nej ${t.notMet}, underlag saknas ${t.noBasis}`],
  ["Godkända värden", `Gröna ${t.green}, gula ${t.yellow}, röda ${t.red}`],
  ["Öppna handlingsplaner", String(t.openActionPlans)],
];

function writeAgreement(pdf: TaggedPdf, a: ReportAgreement, level: 2 | 3, sub: 3 | 4): void {
  pdf.heading(level, `${a.diarienummer} ${a.title}`);
  const computed = a.computedRequirementsMet !== a.requirementsMet ? ` (enligt värdena: ${met(a.computedRequirementsMet)})` : "";
  pdf.facts([
    ["Utförare", a.providerName],
    ["Period", `${a.periodStart} – ${a.periodEnd}`],
    ["Avtalsansvarig, beställare", a.purchaserResponsibleName ?? "Inte utsedd"],
    ["Avtalsansvarig, utförare", a.providerResponsibleName ?? "Inte utsedd"],
    ["Värde × påverkan", `${LEVEL[a.valueClass]} (${formatAmount(a.compensation)}) × ${a.impact ? LEVEL[a.impact] : "inte bedömd"}`],
    ["Uppfyller väsentliga kvalitetskrav", met(a.requirementsMet) + computed],
    ["Godkända värden", `Gröna ${a.green}, gula ${a.yellow}, röda ${a.red}`],
  ]);

  pdf.heading(sub, "Indikatorer");
  const rows = a.indicators.flatMap((i) =>
    i.values.length === 0
      ? [[i.name, "", "Inget godkänt värde", withUnit(i.target, i.unit), ""]]
      : i.values.map((v) => [i.name, v.period, withUnit(v.value, i.unit), withUnit(i.target, i.unit), STATUS[v.status]]),
  );
  if (rows.length === 0) pdf.paragraph("Avtalet har inga indikatorer.");
  else
    pdf.table(
      [
        { header: "Indikator", wrap: true },
        { header: "Period", wrap: false },
        { header: "Värde", wrap: false, align: "right" },
        { header: "Målvärde", wrap: false, align: "right" },
        { header: "Status", wrap: false },
      ],
      rows,
    );

  pdf.heading(sub, "Brister");
  if (a.deficiencies.length === 0) pdf.paragraph("Inga godkända värden under målet.");
  for (const d of a.deficiencies)
    pdf.paragraph(`${d.indicatorName}, ${d.period}: ${withUnit(d.value, d.unit)} (${STATUS[d.status]}). ${d.comment ?? "Ingen analys."}`);
  if (a.assessment?.deficiencies) pdf.paragraph(`Beställarens bedömning: ${a.assessment.deficiencies}`);

  pdf.heading(sub, "Påverkan på nämndens mål");
  pdf.paragraph(a.assessment?.goalEffect ?? "Inte beskriven.");

  pdf.heading(sub, "Handlingsplaner");
  if (a.assessment?.actionPlan) pdf.paragraph(a.assessment.actionPlan);
  if (a.actionPlans.length === 0 && !a.assessment?.actionPlan) pdf.paragraph("Inga handlingsplaner.");
  if (a.actionPlans.length > 0)
    pdf.table(
      [
        { header: "Indikator och period", wrap: true },
        { header: "Åtgärd", wrap: true },
        { header: "Ansvarig", wrap: true },
        { header: "Klart senast", wrap: false },
        { header: "Status", wrap: false },
      ],
      a.actionPlans.map((p) => [
        `${p.indicatorName}, ${p.period}`,
        p.description,
        p.ownerName,
        p.dueDate,
        `${PLAN[p.status] ?? p.status}${p.steps > 0 ? ` (${p.stepsDone}/${p.steps})` : ""}`,
      ]),
    );

  if (a.scope.length > 0) {
    pdf.heading(sub, "Beställd och levererad volym");
    pdf.table(
      [
        { header: "Uppdrag", wrap: true },
        { header: "Beställd", wrap: false, align: "right" },
        { header: "Levererad", wrap: false, align: "right" },
        { header: "Faktisk kostnad", wrap: false, align: "right" },
      ],
      a.scope.map((s) => [
        s.description,
        s.orderedVolume === null ? "" : withUnit(s.orderedVolume, s.unit),
        withUnit(s.deliveredVolume, s.unit),
        formatAmount(s.actualCost),
      ]),
    );
  }
}
