import { documentsStore } from "../approval/documents.store.js";
import type { Tx } from "../db/database.js";
import { safeFileNamePart } from "../documents/file-names.js";
import type { Actor } from "../identity/identity.model.js";
import type { IdentityService } from "../identity/identity.service.js";
import { annualReportQueries, type AnnualReportView, type RollUpRow } from "./annual-report.queries.js";
import { annualReportStore } from "./annual-report.store.js";
import { renderAnnualReportPdf, renderRollUpPdf, type PdfNamndReport } from "./annual-report.pdf.js";

export interface AnnualDocument {
  body: Buffer | string;
  fileName: string;
}

type Decided = AnnualReportView["decision"];

async function withNames(tx: Tx, decision: Decided) {
  if (!decision) return null;
  const names = await annualReportStore.names(tx, [decision.recordedBy]);
  return { ...decision, recordedByName: names.get(decision.recordedBy) ?? "" };
}

async function pdfReport(
  tx: Tx,
  view: Pick<AnnualReportView | RollUpRow, "content" | "contentHash" | "decision">,
): Promise<PdfNamndReport> {
  return { content: view.content, contentHash: view.contentHash, decision: await withNames(tx, view.decision) };
}

/** The data of a report, as the API's JSON export gives it: the content, its hash and the decision. */
async function reportData(tx: Tx, view: Pick<AnnualReportView | RollUpRow, "content" | "contentHash" | "decision">) {
  const decision = await withNames(tx, view.decision);
  return {
    organ: view.content.organ,
    year: view.content.year,
    contentHash: view.contentHash,
    decision: decision && {
      meetingDate: decision.meetingDate,
      paragraph: decision.paragraph,
      remarks: decision.remarks,
      recordedBy: decision.recordedByName,
      recordedAt: new Date(decision.recordedAt).toISOString(),
    },
    totals: view.content.totals,
    agreements: view.content.agreements,
  };
}

const baseName = (what: string, year: number) => `uppfoljning-strategiska-avtal-${safeFileNamePart(what)}-${year}`;

/** One nämnd's yearly report as a tagged PDF or as JSON, for a caller who may read it. */
export async function namndReportDocument(
  tx: Tx,
  actor: Actor,
  organId: string,
  year: number,
  format: "pdf" | "json",
): Promise<AnnualDocument> {
  const view = await annualReportQueries.report(tx, actor, organId, year);
  const municipality = await documentsStore.municipality(tx);
  const name = baseName(view.organ.shortName, year);
  if (format === "json")
    return {
      body: JSON.stringify(
        { municipality: { name: municipality.name, slug: municipality.slug }, ...(await reportData(tx, view)) },
        null,
        2,
      ),
      fileName: `${name}.json`,
    };
  return { body: await renderAnnualReportPdf(municipality.name, await pdfReport(tx, view)), fileName: `${name}.pdf` };
}

/** Every nämnd's report of the year (kommunledning, revisor), as a tagged PDF or as JSON. */
export async function rollUpDocument(
  tx: Tx,
  actor: Actor,
  identity: Pick<IdentityService, "organs">,
  year: number,
  format: "pdf" | "json",
): Promise<AnnualDocument> {
  const rows = await annualReportQueries.rollUp(tx, actor, year, await identity.organs(tx));
  const municipality = await documentsStore.municipality(tx);
  const name = baseName("sammanstallning", year);
  if (format === "json") {
    const namnder = [];
    for (const row of rows) namnder.push(await reportData(tx, row));
    return {
      body: JSON.stringify({ municipality: { name: municipality.name, slug: municipality.slug }, year, namnder }, null, 2),
      fileName: `${name}.json`,
    };
  }
  const reports = [];
  for (const row of rows) reports.push(await pdfReport(tx, row));
  return { body: await renderRollUpPdf(municipality.name, year, reports), fileName: `${name}.pdf` };
}
