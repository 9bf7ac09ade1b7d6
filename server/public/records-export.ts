import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { approvalQueries } from "../approval/approval.queries.js";
import type { Tx } from "../db/database.js";
import { stockholmDate } from "../documents/swedish-format.js";
import { agreementKindLabel, yesNo } from "../documents/swedish-labels.js";
import type { MunicipalityEntity } from "../identity/identity.entities.js";
import { RFC_4180, SWEDISH_EXCEL, toCsv, type CsvColumn, type CsvDialect } from "./csv.js";

/** One signed agreement as the public list gives it: exact decimals as strings, codes and their words. */
export interface PublicRecordRow {
  id: string;
  diarienummer: string;
  title: string;
  kind: string;
  kindLabel: string;
  purchaser: string;
  provider: string;
  periodStart: string;
  periodEnd: string;
  compensation: string | null;
  cost: string | null;
  difference: string | null;
  marginPercent: string | null;
  requirementMet: boolean | null;
  /** The agreement this tilläggsuppdrag amends, when that is public too. */
  amends: string | null;
  version: number | null;
  /** When the second party signed (ISO 8601), and that day in Sweden. */
  signedAt: string | null;
  signedDate: string | null;
  contentHash: string | null;
  /** Where the signed version's PDF is, relative to the site. */
  pdf: string | null;
}

/** The public list's rows, one per signed agreement (already read by the public service), in its order. */
export async function publicRecordRows(tx: Tx, agreements: readonly AgreementEntity[]): Promise<PublicRecordRow[]> {
  const organs = await agreementsQueries.organs(
    tx,
    agreements.flatMap((a) => [a.purchaserOrganId, a.providerOrganId]),
  );
  // A tilläggsuppdrag names its agreement only when that one is on the public list too.
  const publicDiarienummer = new Map(agreements.map((a) => [a.id, a.diarienummer]));
  const rows: PublicRecordRow[] = [];
  for (const agreement of agreements) {
    const version = await approvalQueries.latestVersion(tx, agreement.id);
    const totals = (version?.content.balance.totals ?? {}) as Record<string, unknown>;
    const signatures = version ? await approvalQueries.signatures(tx, agreement, version.number) : [];
    const lastSigned = signatures.length === 2 ? signatures.map((s) => s.signedAt).sort((x, y) => y.getTime() - x.getTime())[0] : null;
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    rows.push({
      id: agreement.id,
      diarienummer: agreement.diarienummer,
      title: agreement.title,
      kind: agreement.kind,
      kindLabel: agreementKindLabel(agreement.kind),
      purchaser: organs.get(agreement.purchaserOrganId)?.name ?? "",
      provider: organs.get(agreement.providerOrganId)?.name ?? "",
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
      compensation: text(totals.compensation),
      cost: text(totals.cost),
      difference: text(totals.difference),
      marginPercent: text(totals.marginPercent),
      requirementMet: typeof totals.requirementMet === "boolean" ? totals.requirementMet : null,
      amends: agreement.parentAgreementId ? (publicDiarienummer.get(agreement.parentAgreementId) ?? null) : null,
      version: version?.number ?? null,
      signedAt: lastSigned?.toISOString() ?? null,
      signedDate: lastSigned ? stockholmDate(lastSigned) : null,
      contentHash: version?.contentHash ?? null,
      pdf: version ? `/api/agreements/${agreement.id}/versions/${version.number}.pdf` : null,
    });
  }
  return rows;
}

/** The spreadsheet's columns: Swedish headings, amounts as numbers in kronor, words instead of codes. */
const COLUMNS: ReadonlyArray<CsvColumn & { value: (row: PublicRecordRow) => string | number | null }> = [
  { header: "Diarienummer", kind: "text", value: (r) => r.diarienummer },
  { header: "Titel", kind: "text", value: (r) => r.title },
  { header: "Typ", kind: "text", value: (r) => r.kindLabel },
  { header: "Beställare", kind: "text", value: (r) => r.purchaser },
  { header: "Utförare", kind: "text", value: (r) => r.provider },
  { header: "Period från", kind: "text", value: (r) => r.periodStart },
  { header: "Period till", kind: "text", value: (r) => r.periodEnd },
  { header: "Ersättning (kr)", kind: "number", value: (r) => r.compensation },
  { header: "Kostnad (kr)", kind: "number", value: (r) => r.cost },
  { header: "Differens (kr)", kind: "number", value: (r) => r.difference },
  { header: "Marginal (%)", kind: "number", value: (r) => r.marginPercent },
  { header: "Resultatkravet uppfyllt", kind: "text", value: (r) => yesNo(r.requirementMet) },
  { header: "Ändrar överenskommelse", kind: "text", value: (r) => r.amends },
  { header: "Version", kind: "number", value: (r) => r.version },
  { header: "Undertecknad", kind: "text", value: (r) => r.signedDate },
  { header: "Kontrollsumma (SHA-256)", kind: "text", value: (r) => r.contentHash },
];

const csvOf = (rows: readonly PublicRecordRow[], dialect: CsvDialect) =>
  toCsv(
    COLUMNS,
    rows.map((row) => COLUMNS.map((c) => c.value(row))),
    dialect,
  );

/** For Swedish Excel: semicolons, decimal comma, UTF-8 with BOM (csv.ts says why). */
export const publicRecordsExcelCsv = (rows: readonly PublicRecordRow[]): string => csvOf(rows, SWEDISH_EXCEL);

/** Open data, RFC 4180: commas, decimal point, UTF-8 without BOM. */
export const publicRecordsCsv = (rows: readonly PublicRecordRow[]): string => csvOf(rows, RFC_4180);

/** Open data as JSON: the municipality, then one object per agreement; amounts exact, as the API's Money strings. */
export function publicRecordsJson(municipality: Pick<MunicipalityEntity, "name" | "slug">, rows: readonly PublicRecordRow[]): string {
  return JSON.stringify({ municipality: { name: municipality.name, slug: municipality.slug }, agreements: rows }, null, 2) + "\n";
}
