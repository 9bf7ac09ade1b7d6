import PDFDocument from "pdfkit";
import { formatSek } from "../money.js";
import type { ApprovalEntity, FrozenContent, SignatureEntity } from "./approval.entities.js";

export interface PdfInput {
  version: { number: number; contentHash: string; createdAt: Date };
  content: FrozenContent;
  approvals: Array<ApprovalEntity & { organName: string }>;
  signatures: Array<SignatureEntity & { userName: string }>;
  /** The event log's head hash when both had signed this version, or null. */
  recordHash: string | null;
}

const KIND = {
  DIREKTBESTALLNING: "Direktbeställning",
  VERKSAMHETSUPPDRAG: "Verksamhetsuppdrag",
  TILLAGGSUPPDRAG: "Tilläggsuppdrag",
} as Record<string, string>;
const LINE_KIND = { SCOPE: "Uppdrag", RESOURCE: "Ersättning" } as Record<string, string>;
const PARTY = { PURCHASER: "Beställare", PROVIDER: "Utförare" } as Record<string, string>;

/**
 * A frozen version as a tagged PDF (structure tree, language, title): text, balance table,
 * approvals, signatures, the content hash and, once signed, the event log's hash at signing. Standard fonts cover Swedish (WinAnsi: å ä ö é).
 */
export function renderVersionPdf(input: PdfInput): Promise<Buffer> {
  const { content, version } = input;
  const a = content.agreement;
  const title = `${a.diarienummer} ${a.title}`;
  const doc = new PDFDocument({
    tagged: true,
    lang: "sv-SE",
    displayTitle: true,
    pdfVersion: "1.7",
    size: "A4",
    margin: 56,
    info: { Title: title, Subject: `${KIND[a.kind] ?? a.kind}, version ${version.number}`, Author: "Balans" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const root = doc.struct("Document");
  doc.addStructure(root);
  const block = (type: "H1" | "H2" | "P", text: string, options: PDFKit.Mixins.TextOptions = {}, font = "Helvetica", size = 10) =>
    root.add(doc.struct(type, {}, () => doc.font(font).fontSize(size).text(text, options)));

  block("H1", title, {}, "Helvetica-Bold", 18);
  block(
    "P",
    `${KIND[a.kind] ?? a.kind} mellan ${a.purchaser.name} (beställare) och ${a.provider.name} (utförare), ${a.periodStart} – ${a.periodEnd}.`,
  );
  block(
    "P",
    `Version ${version.number}, fryst ${version.createdAt.toISOString().slice(0, 10)}. SHA-256: ${version.contentHash}`,
    {},
    "Courier",
    8,
  );

  for (const section of content.sections) {
    block("H2", section.title, { paragraphGap: 2 }, "Helvetica-Bold", 13);
    for (const paragraph of (section.text || "(tomt)").split("\n")) block("P", paragraph, { paragraphGap: 4 });
  }

  block("H2", "Balans mellan uppdrag och resurser", { paragraphGap: 2 }, "Helvetica-Bold", 13);
  const table = doc.struct("Table");
  root.add(table);
  const row = (cells: string[], header: boolean) => {
    const tr = doc.struct("TR");
    table.add(tr);
    const y = doc.y;
    const widths = [70, 190, 80, 80, 63];
    let x = doc.page.margins.left;
    let bottom = y;
    cells.forEach((cell, i) => {
      tr.add(
        doc.struct(header ? "TH" : "TD", {}, () =>
          doc
            .font(header ? "Helvetica-Bold" : "Helvetica")
            .fontSize(9)
            .text(cell, x, y, { width: widths[i] - 6, align: i >= 2 ? "right" : "left" }),
        ),
      );
      bottom = Math.max(bottom, doc.y);
      x += widths[i];
    });
    tr.end();
    doc.x = doc.page.margins.left;
    doc.y = bottom + 4;
  };
  row(["Typ", "Beskrivning", "Volym", "À-pris", "Belopp"], true);
  for (const line of content.balance.lines)
    row(
      [
        LINE_KIND[line.kind] ?? line.kind,
        line.description,
        line.volume ? `${Number(line.volume)} ${line.unit ?? ""}` : "",
        line.unitAmount ? formatSek(line.unitAmount) : "",
        formatSek(line.amount),
      ],
      false,
    );
  table.end();
  const totals = content.balance.totals as Record<string, string | boolean | null>;
  block(
    "P",
    `Kostnad ${formatSek(String(totals.cost))}, ersättning ${formatSek(String(totals.compensation))}, differens ${formatSek(String(totals.difference))}, marginal ${totals.marginPercent ?? "–"} %. Resultatkravet ${totals.requirementMet ? "uppfylls" : "uppfylls inte"}.`,
  );

  block("H2", "Nämndernas beslut", { paragraphGap: 2 }, "Helvetica-Bold", 13);
  for (const approval of input.approvals)
    block(
      "P",
      approval.decision
        ? `${approval.organName}: ${approval.decision === "APPROVED" ? "godkänd" : "återremitterad"} ${approval.meetingDate} ${approval.paragraph}${approval.remarks ? ` – ${approval.remarks}` : ""}`
        : `${approval.organName}: beslut väntar`,
    );
  block("H2", "Underskrifter", { paragraphGap: 2 }, "Helvetica-Bold", 13);
  if (input.signatures.length === 0) block("P", "Inte undertecknad.");
  for (const s of input.signatures)
    block(
      "P",
      `${PARTY[s.party]}: ${s.userName}, ${s.signedAt.toISOString().slice(0, 16).replace("T", " ")} UTC, SHA-256 ${s.contentHash}`,
    );
  if (input.recordHash)
    block("P", `Händelseloggens kontrollsumma vid undertecknandet: ${input.recordHash}`, { paragraphGap: 4 }, "Courier", 8);
  root.end();
  doc.end();
  return done;
}
