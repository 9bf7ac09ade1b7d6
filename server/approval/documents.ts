import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { formatSek } from "../money.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import { toCsv } from "../public/csv.js";
import { approvalQueries } from "./approval.queries.js";
import { renderVersionPdf } from "./pdf.js";

/** A frozen version as a PDF, of an agreement the caller was allowed to read (or a public record). */
export async function versionPdf(tx: Tx, agreement: AgreementEntity, number: number): Promise<Buffer> {
  const version = await approvalQueries.version(tx, agreement.id, number);
  if (!version) throw notFound("Versionen");
  const approvals = await approvalQueries.approvals(tx, agreement, number);
  const organs = await agreementsQueries.organs(
    tx,
    approvals.map((a) => a.organId),
  );
  const signatures = await approvalQueries.signatures(tx, agreement, number);
  const users = await approvalQueries.users(
    tx,
    signatures.map((s) => s.userId),
  );
  return renderVersionPdf({
    version,
    recordHash: signatures.length === 2 ? await approvalQueries.recordHashOf(tx, agreement.id, number) : null,
    content: version.content,
    approvals: approvals.map((a) => ({ ...a, organName: organs.get(a.organId)?.name ?? "" })),
    signatures: signatures.map((s) => ({ ...s, userName: users.get(s.userId)?.name ?? "" })),
  });
}

/** The public list as CSV: one row per signed agreement, in the municipality that `tx` reads. */
export async function publicAgreementsCsv(tx: Tx, agreements: readonly AgreementEntity[]): Promise<string> {
  const rows: Array<Array<string | number | null>> = [
    ["Diarienummer", "Titel", "Typ", "Beställare", "Utförare", "Från", "Till", "Ersättning (kr)", "Version", "SHA-256"],
  ];
  const organs = await agreementsQueries.organs(
    tx,
    agreements.flatMap((a) => [a.purchaserOrganId, a.providerOrganId]),
  );
  for (const agreement of agreements) {
    const version = await approvalQueries.latestVersion(tx, agreement.id);
    const compensation = version?.content.balance.totals.compensation;
    rows.push([
      agreement.diarienummer,
      agreement.title,
      agreement.kind,
      organs.get(agreement.purchaserOrganId)?.name ?? "",
      organs.get(agreement.providerOrganId)?.name ?? "",
      agreement.periodStart,
      agreement.periodEnd,
      typeof compensation === "string" ? formatSek(compensation) : "",
      version?.number ?? null,
      version?.contentHash ?? "",
    ]);
  }
  return toCsv(rows);
}
