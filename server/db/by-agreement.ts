/** Rows grouped by their agreement, every asked agreement present (with none): a read of a list's rows at once. */
export function byAgreement<R extends { agreementId: string }>(ids: readonly string[], rows: readonly R[]): Map<string, R[]> {
  const grouped = new Map(ids.map((id) => [id, [] as R[]]));
  for (const row of rows) grouped.get(row.agreementId)?.push(row);
  return grouped;
}
