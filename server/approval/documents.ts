import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { Tx } from "../db/database.js";
import { versionPdfFileName } from "../documents/file-names.js";
import { notFound } from "../errors.js";
import { approvalQueries } from "./approval.queries.js";
import { documentsStore } from "./documents.store.js";
import { renderVersionPdf, type PdfDisputeDecision } from "./pdf.js";

export interface VersionDocument {
  pdf: Buffer;
  /** The one name of this file, wherever it is downloaded from (documents/file-names.ts). */
  fileName: string;
}

/** A frozen version as a PDF, of an agreement the caller was allowed to read (or a public record). */
export async function versionPdf(tx: Tx, agreement: AgreementEntity, number: number): Promise<VersionDocument> {
  const version = await approvalQueries.version(tx, agreement.id, number);
  if (!version) throw notFound("Versionen");
  const approvals = await approvalQueries.approvals(tx, agreement, number);
  const organs = await agreementsQueries.organs(
    tx,
    approvals.map((a) => a.organId),
  );
  const signatures = await approvalQueries.signatures(tx, agreement, number);
  const signedByBoth = signatures.length === 2;
  const disputeDecisions = await decisionsFor(tx, agreement, number);
  const users = await approvalQueries.users(
    tx,
    signatures.map((s) => s.userId),
  );
  const pdf = await renderVersionPdf({
    municipalityName: (await documentsStore.municipality(tx)).name,
    version,
    recordHash: signedByBoth ? await approvalQueries.recordHashOf(tx, agreement.id, number) : null,
    content: version.content,
    // The purchaser's committee first, as the agreement names the parties.
    approvals: approvals
      .map((a) => ({ ...a, organName: organs.get(a.organId)?.name ?? "" }))
      .sort((x, y) => Number(y.organId === agreement.purchaserOrganId) - Number(x.organId === agreement.purchaserOrganId)),
    disputeDecisions,
    signatures: signatures.map((s) => ({ ...s, userName: users.get(s.userId)?.name ?? "" })),
  });
  return { pdf, fileName: versionPdfFileName(agreement.diarienummer, number, signedByBoth) };
}

/**
 * The disputes decided while this version was the newest or before it: a decision taken after a later
 * version was frozen belongs to that one's document.
 */
async function decisionsFor(tx: Tx, agreement: AgreementEntity, number: number): Promise<PdfDisputeDecision[]> {
  const until = await documentsStore.nextVersionFrozenAt(tx, agreement.id, number);
  const disputes = await documentsStore.decidedDisputes(tx, agreement.id, until);
  if (disputes.length === 0) return [];
  const sections = new Map((await agreementsQueries.sections(tx, agreement.id)).map((s) => [s.id, s.title]));
  const deciders = await approvalQueries.users(
    tx,
    disputes.map((d) => d.decidedBy ?? ""),
  );
  return disputes.map((d) => ({
    subject: d.subject,
    concerns: d.sectionId === null ? null : (sections.get(d.sectionId) ?? "som inte längre finns"),
    text: d.decisionText ?? "",
    reference: d.decisionReference,
    level: d.decisionLevel ?? d.level,
    body: d.decisionBody,
    meetingDate: d.decisionMeetingDate,
    paragraph: d.decisionParagraph,
    decidedByName: (d.decidedBy && deciders.get(d.decidedBy)?.name) || "",
    decidedAt: d.decidedAt!,
    setsBalance: (d.decisionBalanceLines?.length ?? 0) > 0,
  }));
}
