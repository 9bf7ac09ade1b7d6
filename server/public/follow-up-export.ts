import { IndicatorDirection, IndicatorStatus } from "../follow-up/indicator-status.js";
import type { MunicipalityEntity } from "../identity/identity.entities.js";
import { RFC_4180, SWEDISH_EXCEL, toCsv, type CsvColumn, type CsvDialect } from "./csv.js";
import type { PublicResultRow } from "./public-follow-up.queries.js";

/*
 * The accepted follow-up as open data: one row per accepted indicator value of the municipality's signed
 * agreements, in the same three forms as the list of agreements (records-export.ts): for Swedish Excel,
 * plain RFC 4180 CSV, and JSON. Values, targets and thresholds are exact decimals, as reported.
 */

const STATUS_LABEL: Record<IndicatorStatus, string> = {
  [IndicatorStatus.GREEN]: "Grön",
  [IndicatorStatus.YELLOW]: "Gul",
  [IndicatorStatus.RED]: "Röd",
};
const DIRECTION_LABEL: Record<IndicatorDirection, string> = {
  [IndicatorDirection.HIGHER_IS_BETTER]: "Högre är bättre",
  [IndicatorDirection.LOWER_IS_BETTER]: "Lägre är bättre",
};

type Municipality = Pick<MunicipalityEntity, "name" | "slug">;
type Column = CsvColumn & { value: (row: PublicResultRow, municipality: Municipality) => string | null };

const COLUMNS: readonly Column[] = [
  { header: "Kommun", kind: "text", value: (_r, m) => m.name },
  { header: "Diarienummer", kind: "text", value: (r) => r.diarienummer },
  { header: "Överenskommelse", kind: "text", value: (r) => r.agreementTitle },
  { header: "Indikator", kind: "text", value: (r) => r.indicator },
  { header: "Enhet", kind: "text", value: (r) => r.unit },
  { header: "Riktning", kind: "text", value: (r) => DIRECTION_LABEL[r.direction] },
  { header: "Målvärde", kind: "number", value: (r) => r.target },
  { header: "Varningsgräns", kind: "number", value: (r) => r.warnAt },
  { header: "Period", kind: "text", value: (r) => r.period },
  { header: "Värde", kind: "number", value: (r) => r.value },
  { header: "Status", kind: "text", value: (r) => STATUS_LABEL[r.status] },
  { header: "Kommentar", kind: "text", value: (r) => r.comment },
];

const csvOf = (municipality: Municipality, rows: readonly PublicResultRow[], dialect: CsvDialect) =>
  toCsv(
    COLUMNS,
    rows.map((row) => COLUMNS.map((c) => c.value(row, municipality))),
    dialect,
  );

/** For Swedish Excel: semicolons, decimal comma, UTF-8 with BOM (csv.ts says why). */
export const followUpExcelCsv = (municipality: Municipality, rows: readonly PublicResultRow[]): string =>
  csvOf(municipality, rows, SWEDISH_EXCEL);

/** Open data, RFC 4180: commas, decimal point, UTF-8 without BOM. */
export const followUpCsv = (municipality: Municipality, rows: readonly PublicResultRow[]): string => csvOf(municipality, rows, RFC_4180);

/** Open data as JSON: the municipality, then one object per accepted value, with codes and their Swedish words. */
export function followUpJson(municipality: Municipality, rows: readonly PublicResultRow[]): string {
  const results = rows.map((row) => ({
    municipality: municipality.name,
    ...row,
    directionLabel: DIRECTION_LABEL[row.direction],
    statusLabel: STATUS_LABEL[row.status],
  }));
  return JSON.stringify({ municipality: { name: municipality.name, slug: municipality.slug }, results }, null, 2) + "\n";
}
