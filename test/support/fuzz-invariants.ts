import { expect } from "vitest";
import { BalanceLineKind } from "../../server/balance/balance.model.js";
import { computeTotals, lineAmount } from "../../server/balance/balance.totals.js";
import { ResultRequirementKind } from "../../server/identity/identity.model.js";
import { MAX_AMOUNT, decimalOf } from "../../server/money.js";
import type { Caller } from "./command-matrix.js";
import { scoped } from "./fuzz-scene.js";
import { ok } from "./graphql.js";
import type { TestServer } from "./server.js";

/**
 * What must hold of the municipality's data after any sequence of calls, accepted or refused.
 * Each check names the agreement or section it found broken.
 */
export async function checkInvariants(server: TestServer, municipalityId: string, reader: Caller): Promise<void> {
  await balancesAddUp(server, municipalityId, reader);
  await eventSequencesContiguous(server, municipalityId);
  await sectionLogsContiguous(server, municipalityId);
  await eventChainsVerify(server, municipalityId);
}

interface StoredLine {
  agreement_id: string;
  kind: BalanceLineKind;
  volume: string | null;
  unit_amount: string | null;
  amount: string;
}

/** Every line's amount follows the rounding rule and the bounds; the API's totals are the exact sums of the stored lines. */
async function balancesAddUp(server: TestServer, municipalityId: string, reader: Caller): Promise<void> {
  const lines = await scoped<StoredLine>(
    server,
    municipalityId,
    "SELECT agreement_id, kind, volume::text, unit_amount::text, amount::text FROM balance_line WHERE municipality_id = $1",
    [municipalityId],
  );
  const [config] = await scoped<{ requirement_kind: ResultRequirementKind; min_margin_percent: string }>(
    server,
    municipalityId,
    "SELECT requirement_kind, min_margin_percent::text FROM municipality WHERE id = $1",
    [municipalityId],
  );
  for (const line of lines) {
    const amount = decimalOf(line.amount);
    const fixed = line.volume !== null && line.unit_amount !== null ? null : amount;
    const expected = lineAmount(
      line.volume === null ? null : decimalOf(line.volume),
      line.unit_amount === null ? null : decimalOf(line.unit_amount),
      fixed,
    );
    expect(amount.toFixed(2), `line of ${line.agreement_id}: amount by the rounding rule`).toBe(expected.toFixed(2));
    expect(amount.decimalPlaces(), `line of ${line.agreement_id}: whole öre`).toBeLessThanOrEqual(2);
    expect(amount.isNegative() || amount.gt(MAX_AMOUNT), `line of ${line.agreement_id}: 0 ≤ ${line.amount} ≤ 10^12`).toBe(false);
  }
  const listed = ok(
    await reader<{ agreements: Array<{ id: string; balance: { totals: Record<string, unknown> } }> }>(
      "{ agreements(first: 500) { id balance { totals { cost compensation difference marginPercent requirementMet } } } }",
    ),
  ).agreements;
  const stored = await scoped<{ id: string; year: number }>(
    server,
    municipalityId,
    "SELECT id, extract(year FROM period_start)::int AS year FROM agreement WHERE municipality_id = $1",
    [municipalityId],
  );
  expect(listed.map((a) => a.id).sort(), "the reader sees every agreement").toEqual(stored.map((a) => a.id).sort());
  // Per budget year: the agreement's start year's requirement, else the latest earlier year's, else the default.
  const years = await scoped<{ year: number; kind: ResultRequirementKind; min_margin_percent: string }>(
    server,
    municipalityId,
    "SELECT year, kind, min_margin_percent::text FROM result_requirement WHERE municipality_id = $1 ORDER BY year",
    [municipalityId],
  );
  const requirementOf = (year: number) => {
    const own = years.filter((y) => y.year <= year).at(-1);
    return own
      ? { kind: own.kind, minMarginPercent: own.min_margin_percent }
      : { kind: config.requirement_kind, minMarginPercent: config.min_margin_percent };
  };
  for (const agreement of listed) {
    const totals = computeTotals(
      lines.filter((l) => l.agreement_id === agreement.id),
      requirementOf(stored.find((a) => a.id === agreement.id)!.year),
    );
    expect(agreement.balance.totals, `totals of ${agreement.id}`).toEqual({
      ...totals,
      marginPercent: totals.marginPercent === null ? null : Number(totals.marginPercent),
    });
  }
}

/** Each agreement's events are numbered 1…last_event_seq, with no gap and no duplicate. */
async function eventSequencesContiguous(server: TestServer, municipalityId: string): Promise<void> {
  const rows = await scoped<{ id: string; last: number; seqs: number[] }>(
    server,
    municipalityId,
    `SELECT a.id, a.last_event_seq AS last, coalesce(array_agg(e.seq ORDER BY e.seq) FILTER (WHERE e.seq IS NOT NULL), '{}') AS seqs
       FROM agreement a LEFT JOIN agreement_event e ON e.agreement_id = a.id AND e.municipality_id = a.municipality_id
      WHERE a.municipality_id = $1 GROUP BY a.municipality_id, a.id`,
    [municipalityId],
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const { id, last, seqs } of rows) {
    expect(last, `agreement ${id} has events`).toBeGreaterThan(0);
    expect(seqs, `event seqs of agreement ${id}`).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  }
}

/**
 * Each section's update log continues its snapshot without a gap: compaction folds seqs 1…s into
 * `section_snapshot` (seq s) and deletes them, so the log holds s+1…section.seq, each once.
 */
async function sectionLogsContiguous(server: TestServer, municipalityId: string): Promise<void> {
  const rows = await scoped<{ id: string; last: number; folded: number; seqs: number[] }>(
    server,
    municipalityId,
    `SELECT s.id, s.seq AS last, coalesce(sn.seq, 0) AS folded,
            coalesce((SELECT array_agg(u.seq ORDER BY u.seq) FROM section_update u
                       WHERE u.section_id = s.id AND u.seq > coalesce(sn.seq, 0)), '{}') AS seqs
       FROM section s LEFT JOIN section_snapshot sn ON sn.section_id = s.id
      WHERE s.municipality_id = $1`,
    [municipalityId],
  );
  for (const { id, last, folded, seqs } of rows) {
    expect(folded, `snapshot of section ${id} is not ahead of it`).toBeLessThanOrEqual(last);
    expect(seqs, `update seqs of section ${id} after its snapshot (${folded})`).toEqual(
      Array.from({ length: last - folded }, (_, i) => folded + i + 1),
    );
  }
}

/**
 * Where the event log is a hash chain (columns `prev_hash` and `hash`, verified by
 * server/events/chain-verifier.ts, added on another branch), every chain of the municipality
 * verifies. Without those columns there is no chain to check, and this says so by returning.
 */
async function eventChainsVerify(server: TestServer, municipalityId: string): Promise<void> {
  const columns = await scoped<{ column_name: string }>(
    server,
    municipalityId,
    "SELECT column_name FROM information_schema.columns WHERE table_name = 'agreement_event' AND column_name IN ('hash', 'prev_hash')",
  );
  if (columns.length < 2) return; // no chain in this schema: nothing to verify
  // A path the type checker does not follow, so this file compiles with or without the module.
  const path = "../../server/events/chain-verifier.js";
  const verifier = (await import(/* @vite-ignore */ path)) as {
    verifyChains(dataSource: TestServer["appDataSource"]): Promise<{ broken: Array<{ municipalityId: string }> }>;
  };
  const report = await verifier.verifyChains(server.appDataSource);
  // Other test files may break chains of their own municipalities on purpose; only ours count here.
  expect(report.broken.filter((b) => b.municipalityId === municipalityId)).toEqual([]);
}
