import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { badInput, notFound } from "../errors.js";
import type { Command } from "../pipeline/command.js";
import { balancePolicy } from "../policies/balance.policy.js";
import { requiredText } from "../validation/input.js";
import { changesBalance, loadBalance, nextVersion, staleUnless, type BalanceTarget } from "./balance.commands.js";
import type { BalanceProposalEntity } from "./balance.entities.js";
import { BalanceEvent, amountChange, summaries } from "./balance.events.js";
import { ProposalOp, ProposalResponse, ProposalStatus, type LineInput, type StoredChange } from "./balance.model.js";
import { balanceStore, lineValues } from "./balance.store.js";
import { proposalsStore } from "./proposals.store.js";
import { validateLine } from "./balance.validation.js";

export interface ChangeInput {
  op: ProposalOp;
  lineId?: string | null;
  line?: LineInput | null;
}

export interface ProposalInput {
  message: string;
  changes: ChangeInput[];
  /** The other party's pending proposal this one counters; it becomes SUPERSEDED. */
  counterTo?: string | null;
}

const MAX_MESSAGE = 2000;
const MAX_CHANGES = 50;
const OTHER_PARTY_ONLY = "Bara den andra partens förvaltningschef eller handläggare kan svara på förslaget";
const ANSWERED = "Förslaget är redan besvarat";

/** The proposal a command made or answered, for the caller's answer. */
export interface ProposalResult {
  agreement: AgreementEntity;
  proposalId: string;
}

type ProposeTarget = BalanceTarget & { countered: BalanceProposalEntity | null };

/** A party offers line changes on the version it saw; countering closes the other party's proposal. */
export const proposeBalance: Command<
  { agreementId: string; baseVersion: number; input: ProposalInput },
  ProposeTarget,
  { message: string; changes: StoredChange[] },
  ProposalResult
> = {
  name: "proposeBalance",
  agreementOf: async (_tx, input) => input.agreementId,
  async load({ tx }, { input }, agreement) {
    const countered = input.counterTo ? await proposalsStore.proposal(tx, input.counterTo) : null;
    if (input.counterTo && countered?.agreementId !== agreement!.id) throw notFound("Förslaget");
    return { ...(await loadBalance(tx, agreement!)), countered };
  },
  policy: {
    allows: (actor, { agreement, countered }) =>
      countered ? balancePolicy.mayRespond(actor, agreement, countered) : balancePolicy.editingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer och handläggare kan lägga förslag, och bara på motpartens förslag",
  },
  lifecycle: {
    ...changesBalance.lifecycle,
    check: ({ countered }) => (countered && countered.status !== ProposalStatus.PENDING ? ANSWERED : null),
  },
  async validate({ tx }, { agreementId, input }) {
    const message = requiredText(input.message, "message", "Meddelandet till motparten", MAX_MESSAGE);
    if (input.changes.length === 0) throw badInput("Förslaget måste innehålla minst en ändring", "changes");
    if (input.changes.length > MAX_CHANGES) throw badInput(`Ett förslag får innehålla högst ${MAX_CHANGES} ändringar`, "changes");
    const lines = new Map((await balanceStore.lines(tx, agreementId)).map((l) => [l.id, lineValues(l)]));
    const seen = new Set<string>();
    const changes = input.changes.map((change, i): StoredChange => {
      const field = `changes.${i}.`;
      if (change.op !== ProposalOp.REMOVE && !change.line) throw badInput("Ange raden som föreslås", `${field}line`);
      const line = change.op === ProposalOp.REMOVE ? null : validateLine(change.line!, `${field}line.`);
      if (change.op === ProposalOp.ADD) return { op: change.op, lineId: null, line, before: null };
      const before = change.lineId ? lines.get(change.lineId) : undefined;
      if (!change.lineId || !before) throw badInput("Raden finns inte i balansen", `${field}lineId`);
      if (seen.has(change.lineId)) throw badInput("Samma rad får bara ändras en gång per förslag", `${field}lineId`);
      seen.add(change.lineId);
      return { op: change.op, lineId: change.lineId, line, before };
    });
    return { message, changes };
  },
  conflict: staleUnless(
    (input: { baseVersion: number }) => input.baseVersion,
    "Balansen har ändrats; gör förslaget på den senaste versionen",
  ),
  async write({ tx, actor }, { agreement, countered }, { message, changes }) {
    const party = balancePolicy.editingParty(actor, agreement)!;
    await balanceStore.ensureBalance(tx, agreement.id);
    const baseVersion = await balanceStore.currentVersion(tx, agreement.id);
    const id = await proposalsStore.insertProposal(tx, {
      agreementId: agreement.id,
      party,
      proposedBy: actor.userId,
      message,
      changes,
      baseVersion,
      counterTo: countered?.id ?? null,
    });
    if (countered) await proposalsStore.closeProposal(tx, countered.id, ProposalStatus.SUPERSEDED, actor.userId, null);
    const amounts = changes.map(amountChange);
    return {
      result: { agreement, proposalId: id },
      events: [
        BalanceEvent.proposed(summaries.proposed(party, message, amounts, !!countered), {
          proposalId: id,
          baseVersion,
          counterTo: countered?.id ?? null,
          message,
          changes: amounts,
        }),
      ],
    };
  },
};

type RespondTarget = { agreement: AgreementEntity; proposal: BalanceProposalEntity; version: number };
type Response = { response: ProposalResponse; note: string | null };

/** The other party accepts (applied atomically, on the version it was made on) or rejects with a reason. */
export const respondToProposal: Command<
  { proposalId: string; response: ProposalResponse; message: string | null },
  RespondTarget,
  Response,
  ProposalResult
> = {
  name: "respondToProposal",
  async agreementOf(tx, { proposalId }) {
    const proposal = await proposalsStore.proposal(tx, proposalId);
    if (!proposal) throw notFound("Förslaget");
    return proposal.agreementId;
  },
  async load({ tx }, { proposalId }, agreement) {
    return {
      agreement: agreement!,
      proposal: (await proposalsStore.proposal(tx, proposalId))!,
      version: await balanceStore.currentVersion(tx, agreement!.id),
    };
  },
  policy: { allows: (actor, { agreement, proposal }) => balancePolicy.mayRespond(actor, agreement, proposal), refusal: OTHER_PARTY_ONLY },
  lifecycle: { ...changesBalance.lifecycle, check: ({ proposal }) => (proposal.status !== ProposalStatus.PENDING ? ANSWERED : null) },
  validate(_ctx, { response, message }) {
    if (response === ProposalResponse.REJECT)
      return { response, note: requiredText(message, "message", "Skälet till att förslaget avvisas", MAX_MESSAGE) };
    return { response, note: message?.trim() || null };
  },
  async conflict(_ctx, { proposal, version }, { response }) {
    return response === ProposalResponse.ACCEPT && proposal.baseVersion !== version ? { currentVersion: version } : null;
  },
  async write({ tx, actor }, { agreement, proposal, version: expected }, { response, note }) {
    const party = balancePolicy.editingParty(actor, agreement)!;
    if (response === ProposalResponse.REJECT) {
      await proposalsStore.closeProposal(tx, proposal.id, ProposalStatus.REJECTED, actor.userId, note);
      return {
        result: { agreement, proposalId: proposal.id },
        events: [
          BalanceEvent.proposalRejected(summaries.proposalRejected(party, proposal.party, note!), {
            proposalId: proposal.id,
            reason: note!,
          }),
        ],
      };
    }
    const version = await nextVersion(tx, agreement.id, expected);
    const amounts = [];
    for (const change of proposal.changes) {
      if (change.op === ProposalOp.ADD) {
        amounts.push({ ...amountChange(change), lineId: await balanceStore.insertLine(tx, agreement.id, change.line!) });
        continue;
      }
      if (change.op === ProposalOp.UPDATE) await balanceStore.updateLine(tx, change.lineId!, change.line!);
      else await balanceStore.deleteLine(tx, change.lineId!);
      amounts.push(amountChange(change));
    }
    await proposalsStore.closeProposal(tx, proposal.id, ProposalStatus.ACCEPTED, actor.userId, note, version);
    return {
      result: { agreement, proposalId: proposal.id },
      events: [
        BalanceEvent.proposalAccepted(summaries.proposalAccepted(party, proposal.party, amounts), {
          proposalId: proposal.id,
          version,
          message: note,
          changes: amounts,
        }),
      ],
    };
  },
};
