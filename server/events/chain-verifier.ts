import type { DataSource } from "typeorm";
import { Database, type Tx } from "../db/database.js";
import { CommandRunner } from "../pipeline/runner.js";
import { GENESIS_HASH, eventHash } from "./event-chain.js";

/** The first link of one agreement's chain that does not hold. */
export interface BrokenLink {
  municipalityId: string;
  agreementId: string;
  diarienummer: string;
  seq: number;
  /**
   * What does not match: the event's own `hash` (its content was changed), its `prev_hash` (the event
   * before it was changed or removed), its `seq` (an event is missing), or the agreement's
   * `last_event_hash` (the newest events were removed).
   */
  field: "hash" | "prev_hash" | "seq" | "last_event_hash";
  expected: string;
  found: string;
}

export interface ChainReport {
  /** Events whose links were checked. */
  events: number;
  /** Agreements, each one chain (an agreement without events has an empty one). */
  agreements: number;
  /** The first broken link of every broken chain, by municipality and agreement id; empty when all hold. */
  broken: BrokenLink[];
}

interface AgreementHead {
  id: string;
  diarienummer: string;
  last_event_seq: number;
  last_event_hash: string;
}

interface EventRow {
  agreement_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  summary: string;
  data: unknown;
  at: Date;
  prev_hash: string;
  hash: string;
}

const PAGE = 1000;

/**
 * Recomputes every agreement's chain from the rows as they are stored. Reads run per municipality
 * through the runner, so row-level security scopes them; which municipalities there are comes from
 * the reviewed lookup `municipality_ids()` (ids only), which every role Balans uses may call. The
 * agreements are read first, and only events up to each one's `last_event_seq` then are checked, so
 * events appended while it runs are neither counted nor mistaken for a break.
 */
export async function verifyChains(dataSource: DataSource): Promise<ChainReport> {
  const db = new Database(dataSource);
  // It only reads, so it counts against no mutation budget.
  const runner = new CommandRunner(db, [], { consume: async () => {} });
  const report: ChainReport = { events: 0, agreements: 0, broken: [] };
  for (const id of await db.across.municipalityIds()) await runner.readIn(id, (tx) => verifyMunicipality(tx, report));
  return report;
}

async function verifyMunicipality(tx: Tx, report: ChainReport): Promise<void> {
  const heads = (await tx.em.query(
    "SELECT id, diarienummer, last_event_seq, last_event_hash FROM agreement WHERE municipality_id = $1 ORDER BY id",
    [tx.municipalityId],
  )) as AgreementHead[];
  const chains = new Map(heads.map((head) => [head.id, { head, next: 1, prevHash: GENESIS_HASH, broken: null as BrokenLink | null }]));
  report.agreements += heads.length;
  const breakAt = (head: AgreementHead, seq: number, field: BrokenLink["field"], expected: string, found: string): BrokenLink => ({
    municipalityId: tx.municipalityId,
    agreementId: head.id,
    diarienummer: head.diarienummer,
    seq,
    field,
    expected,
    found,
  });

  let after: { agreementId: string; seq: number } | null = null;
  for (;;) {
    // Keyset pages along the (agreement_id, seq) index.
    const rows = (await tx.em.query(
      `SELECT agreement_id, seq, type, actor_id, summary, data, at, prev_hash, hash FROM agreement_event
        WHERE municipality_id = $1 ${after ? "AND (agreement_id, seq) > ($2::uuid, $3::int)" : ""}
        ORDER BY agreement_id, seq LIMIT ${PAGE}`,
      after ? [tx.municipalityId, after.agreementId, after.seq] : [tx.municipalityId],
    )) as EventRow[];
    for (const row of rows) {
      const chain = chains.get(row.agreement_id);
      // An agreement created, or an event appended, after the heads were read: not in this check.
      if (!chain || chain.broken || row.seq > chain.head.last_event_seq) continue;
      const { head } = chain;
      if (row.seq !== chain.next) {
        chain.broken = breakAt(head, chain.next, "seq", `seq ${chain.next}`, `seq ${row.seq}`);
        continue;
      }
      if (row.prev_hash !== chain.prevHash) {
        chain.broken = breakAt(head, row.seq, "prev_hash", chain.prevHash, row.prev_hash);
        continue;
      }
      const hash = eventHash({
        agreementId: row.agreement_id,
        seq: row.seq,
        type: row.type,
        actorId: row.actor_id,
        summary: row.summary,
        data: row.data,
        at: row.at,
        prevHash: chain.prevHash,
      });
      if (row.hash !== hash) {
        chain.broken = breakAt(head, row.seq, "hash", hash, row.hash);
        continue;
      }
      chain.prevHash = hash;
      chain.next++;
      report.events++;
    }
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = { agreementId: last.agreement_id, seq: last.seq };
  }

  for (const chain of chains.values()) {
    const { head } = chain;
    if (!chain.broken && chain.next <= head.last_event_seq)
      chain.broken = breakAt(head, chain.next, "seq", `seq ${chain.next}`, "no event");
    if (!chain.broken && chain.prevHash !== head.last_event_hash)
      chain.broken = breakAt(head, head.last_event_seq, "last_event_hash", chain.prevHash, head.last_event_hash);
    if (chain.broken) report.broken.push(chain.broken);
  }
}

/** The report in one line: what the operator reads, and what `npm run audit:verify` prints. */
export function describeReport(report: ChainReport): string {
  if (report.broken.length === 0) return `every chain verifies (${report.events} events in ${report.agreements} agreements)`;
  const [first] = report.broken;
  const more = report.broken.length > 1 ? `; ${report.broken.length - 1} more broken chain(s)` : "";
  return (
    `broken link: agreement ${first.agreementId} (${first.diarienummer}), seq ${first.seq}: ` +
    `${first.field} expected ${first.expected}, found ${first.found}${more}`
  );
}
