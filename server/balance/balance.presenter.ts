import { ResultRequirementKind } from "../identity/identity.model.js";
import { decimalOf } from "../money.js";
import type { LineValues, StoredChange } from "./balance.model.js";
import type { BalanceView, ProposalView } from "./balance.queries.js";
import type { BalanceLineEntity } from "./balance.entities.js";
import type { BalanceLineType, BalanceType, ProposalChangeType, ProposalType, ProposedLineType } from "./balance.types.js";

/*
 * What leaves the server: GraphQL shapes from the domain's views. Money stays a string; a volume or a
 * percentage becomes a GraphQL Float here, and only here (API.md types them Float; they are no money).
 */

const toFloat = (value: string | null): number | null => (value === null ? null : decimalOf(value).toNumber());

function presentLine(line: BalanceLineEntity): BalanceLineType {
  return { ...line, volume: toFloat(line.volume) };
}

function presentValues(line: LineValues | null): ProposedLineType | null {
  return line ? { ...line, volume: toFloat(line.volume) } : null;
}

export function presentBalance(view: BalanceView): BalanceType {
  return {
    version: view.version,
    status: view.status,
    lines: view.lines.map(presentLine),
    totals: { ...view.totals, marginPercent: toFloat(view.totals.marginPercent) },
    agreements: view.marks.map((m) => ({ party: m.party, user: m.user, version: m.version, at: m.at, reason: m.reason })),
    requirement: {
      kind: view.requirement.kind,
      minMarginPercent:
        view.requirement.kind === ResultRequirementKind.COST_PRICE ? 0 : decimalOf(view.requirement.minMarginPercent).toNumber(),
    },
    calculationModel: view.calculationModel,
    party: view.party,
    permissions: view.permissions,
  };
}

function presentChange(change: StoredChange): ProposalChangeType {
  return {
    op: change.op,
    lineId: change.lineId,
    description: (change.line ?? change.before)!.description,
    before: presentValues(change.before),
    line: presentValues(change.line),
    amountBefore: change.before?.amount ?? null,
    amountAfter: change.line?.amount ?? null,
  };
}

export function presentProposal(view: ProposalView): ProposalType {
  return {
    id: view.id,
    status: view.status,
    party: view.party,
    proposedBy: view.proposedByUser,
    message: view.message,
    changes: view.changes.map(presentChange),
    baseVersion: view.baseVersion,
    stale: view.stale,
    counterTo: view.counterTo,
    createdAt: view.createdAt,
    respondedBy: view.respondedByUser,
    responseMessage: view.responseMessage,
    respondedAt: view.respondedAt,
    appliedVersion: view.appliedVersion,
    permissions: view.permissions,
  };
}
