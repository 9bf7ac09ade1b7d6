import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { formatSek } from "../balance/money.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import { toCsv } from "../public/csv.js";
import type { Services } from "../services.js";
import { AgreementVersionEntity } from "./approval.entities.js";
import { renderVersionPdf } from "./pdf.js";

/** A frozen version as a PDF, for whoever may read the agreement it belongs to. */
export async function versionPdf(services: Services, tx: Tx, agreement: AgreementEntity, number: number): Promise<Buffer> {
  const version = await tx.em.findOneBy(AgreementVersionEntity, { agreementId: agreement.id, number, municipalityId: tx.municipalityId });
  if (!version) throw notFound("Versionen");
  const approvals = (await services.approval.approvals(tx, agreement.id)).filter((a) => a.versionNumber === number);
  const organs = await services.identity.organsById(tx, approvals.map((a) => a.organId));
  const signatures = (await services.approval.signatures(tx, agreement.id)).filter((s) => s.versionNumber === number);
  const users = await Promise.all(signatures.map((s) => services.identity.requireUser(tx, s.userId)));
  return renderVersionPdf({
    version,
    content: version.content,
    approvals: approvals.map((a) => ({ ...a, organName: organs.get(a.organId)?.name ?? "" })),
    signatures: signatures.map((s, i) => ({ ...s, userName: users[i].name })),
  });
}

/** The public list as CSV: one row per signed agreement. */
export async function publicAgreementsCsv(services: Services, slug: string): Promise<string> {
  const agreements = await services.publicRecords.signedAgreements(slug);
  return services.publicRecords.inMunicipalityOf(slug, async (tx) => {
    const rows: Array<Array<string | number | null>> = [["Diarienummer", "Titel", "Typ", "Beställare", "Utförare", "Från", "Till", "Ersättning (kr)", "Version", "SHA-256"]];
    for (const agreement of agreements) {
      const version = await services.approval.latestVersion(tx, agreement.id);
      const organs = await services.identity.organsById(tx, [agreement.purchaserOrganId, agreement.providerOrganId]);
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
  });
}
