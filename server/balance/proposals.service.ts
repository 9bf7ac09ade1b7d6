import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import type { Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { badInput, conflict, forbidden, invalidState, notFound } from "../errors.js";
import { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { balancePolicy } from "../policies/balance.policy.js";
import { BalanceProposalEntity } from "./balance.entities.js";
import { BalanceEvent, amountChange, summaries } from "./balance.events.js";
import { ProposalOp, ProposalResponse, ProposalStatus, type LineInput, type StoredChange } from "./balance.model.js";
import { assertDraft, type BalanceService } from "./balance.service.js";
import { lineValues } from "./balance.store.js";
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

export interface ProposalView extends BalanceProposalEntity {
  proposedByUser: UserEntity;
  respondedByUser: UserEntity | null;
  /** The balance has changed since the proposal was made: it can no longer be accepted. */
  stale: boolean;
  permissions: { canAccept: boolean; canReject: boolean; canCounter: boolean };
}

const MAX_MESSAGE = 2000;
const MAX_CHANGES = 50;

/** The negotiation: proposals of line changes, and the other party's accept, reject or counter. */
export class ProposalsService {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly balance: BalanceService,
  ) {}

  async propose(tx: Tx, actor: Actor, agreementId: string, baseVersion: number, input: ProposalInput): Promise<ProposalView> {
    const { agreement, party } = await this.balance.editable(tx, actor, agreementId);
    const message = requiredText(input.message, "message", "Skriv ett meddelande till motparten");
    if (input.changes.length === 0) throw badInput("Förslaget måste innehålla minst en ändring", "changes");
    if (input.changes.length > MAX_CHANGES) throw badInput(`Ett förslag får innehålla högst ${MAX_CHANGES} ändringar`, "changes");
    const countered = input.counterTo ? await this.find(tx, input.counterTo, agreement.id) : null;
    if (countered) this.assertMayRespond(actor, agreement, countered);

    const current = await this.balance.lock(tx, agreement.id);
    if (current.version !== baseVersion) throw conflict(current.version, "Balansen har ändrats; gör förslaget på den senaste versionen");
    const lines = new Map((await this.balance.store.lines(tx, agreement.id)).map((l) => [l.id, lineValues(l)]));
    const seen = new Set<string>();
    const changes = input.changes.map((change, i): StoredChange => {
      const field = `changes.${i}.`;
      const line = change.op === ProposalOp.REMOVE ? null : validateLine(change.line ?? missingLine(field), `${field}line.`);
      if (change.op === ProposalOp.ADD) return { op: change.op, lineId: null, line, before: null };
      const before = change.lineId ? lines.get(change.lineId) : undefined;
      if (!change.lineId || !before) throw badInput("Raden finns inte i balansen", `${field}lineId`);
      if (seen.has(change.lineId)) throw badInput("Samma rad får bara ändras en gång per förslag", `${field}lineId`);
      seen.add(change.lineId);
      return { op: change.op, lineId: change.lineId, line, before };
    });

    const { identifiers } = await tx.em.insert(BalanceProposalEntity, {
      municipalityId: tx.municipalityId,
      agreementId: agreement.id,
      party,
      proposedBy: actor.userId,
      message,
      changes,
      baseVersion,
      status: ProposalStatus.PENDING,
      counterTo: countered?.id ?? null,
      createdAt: new Date(),
    });
    const id = identifiers[0].id as string;
    if (countered) await this.close(tx, countered.id, ProposalStatus.SUPERSEDED, actor.userId, null);
    const amounts = changes.map(amountChange);
    await this.balance.event(tx, agreement.id, actor.userId, BalanceEvent.proposed, summaries.proposed(party, message, amounts, !!countered), {
      proposalId: id,
      baseVersion,
      counterTo: countered?.id ?? null,
      message,
      changes: amounts,
    });
    return this.view(tx, actor, agreement, await this.find(tx, id, agreement.id));
  }

  async respond(tx: Tx, actor: Actor, proposalId: string, response: ProposalResponse, message: string | null): Promise<ProposalView> {
    const proposal = await this.find(tx, proposalId);
    const agreement = await this.agreements.get(tx, actor, proposal.agreementId);
    this.assertMayRespond(actor, agreement, proposal);
    const party = balancePolicy.editingParty(actor, agreement)!;
    const note = message?.trim() || null;

    if (response === ProposalResponse.REJECT) {
      const reason = requiredText(message, "message", "Ange varför förslaget avvisas");
      await this.balance.lock(tx, agreement.id);
      await this.close(tx, proposal.id, ProposalStatus.REJECTED, actor.userId, reason);
      await this.balance.event(tx, agreement.id, actor.userId, BalanceEvent.proposalRejected, summaries.proposalRejected(party, proposal.party, reason), {
        proposalId: proposal.id,
        reason,
      });
    } else {
      // Applied atomically, and only while the version the proposal was made on is still current.
      const version = await this.balance.beginChange(tx, agreement.id, proposal.baseVersion);
      const amounts = [];
      for (const change of proposal.changes) {
        if (change.op === ProposalOp.ADD) {
          const lineId = await this.balance.store.insertLine(tx, agreement.id, change.line!);
          amounts.push({ ...amountChange(change), lineId });
        } else {
          if (change.op === ProposalOp.UPDATE) await this.balance.store.updateLine(tx, change.lineId!, change.line!);
          else await this.balance.store.deleteLine(tx, change.lineId!);
          amounts.push(amountChange(change));
        }
      }
      await this.close(tx, proposal.id, ProposalStatus.ACCEPTED, actor.userId, note, version);
      await this.balance.event(tx, agreement.id, actor.userId, BalanceEvent.proposalAccepted, summaries.proposalAccepted(party, proposal.party, amounts), {
        proposalId: proposal.id,
        version,
        message: note,
        changes: amounts,
      });
      await this.balance.finishChange(tx, agreement.id, version, actor.userId);
    }
    return this.view(tx, actor, agreement, await this.find(tx, proposal.id));
  }

  /** The negotiation log, newest first. */
  async list(tx: Tx, actor: Actor, agreement: AgreementEntity): Promise<ProposalView[]> {
    const proposals = await tx.em.find(BalanceProposalEntity, {
      where: { agreementId: agreement.id, municipalityId: tx.municipalityId },
      order: { createdAt: "DESC" },
    });
    return this.views(tx, actor, agreement, proposals);
  }

  private async view(tx: Tx, actor: Actor, agreement: AgreementEntity, proposal: BalanceProposalEntity): Promise<ProposalView> {
    const [view] = await this.views(tx, actor, agreement, [proposal]);
    return view;
  }

  private async views(tx: Tx, actor: Actor, agreement: AgreementEntity, proposals: BalanceProposalEntity[]): Promise<ProposalView[]> {
    if (proposals.length === 0) return [];
    const version = await this.balance.store.currentVersion(tx, agreement.id);
    const ids = [...new Set(proposals.flatMap((p) => [p.proposedBy, p.respondedBy]).filter((id): id is string => !!id))];
    const users = new Map(
      (await tx.em.createQueryBuilder(UserEntity, "u").where("u.id IN (:...ids) AND u.municipality_id = :m", { ids, m: tx.municipalityId }).getMany()).map(
        (u) => [u.id, u],
      ),
    );
    return proposals.map((p) => {
      const stale = p.baseVersion !== version;
      const mayRespond = balancePolicy.canRespond(actor, agreement, p);
      return Object.assign(p, {
        proposedByUser: users.get(p.proposedBy)!,
        respondedByUser: p.respondedBy ? (users.get(p.respondedBy) ?? null) : null,
        stale,
        permissions: { canAccept: mayRespond && !stale, canReject: mayRespond, canCounter: mayRespond },
      });
    });
  }

  /** Only the other party answers, only a pending proposal, only on a DRAFT. */
  private assertMayRespond(actor: Actor, agreement: AgreementEntity, proposal: BalanceProposalEntity): void {
    if (!balancePolicy.mayRespond(actor, agreement, proposal))
      throw forbidden("Bara den andra partens förvaltningschef eller handläggare kan svara på förslaget");
    assertDraft(agreement.status);
    if (proposal.status !== ProposalStatus.PENDING) throw invalidState("Förslaget är redan besvarat");
  }

  /** Closes a pending proposal; a concurrent answer that came first makes this INVALID_STATE. */
  private async close(tx: Tx, id: string, status: ProposalStatus, userId: string, message: string | null, appliedVersion: number | null = null) {
    const [, affected] = (await tx.em.query(
      `UPDATE balance_proposal SET status = $3, responded_by = $4, response_message = $5, responded_at = now(), applied_version = $6
       WHERE id = $1 AND municipality_id = $2 AND status = 'PENDING'`,
      [id, tx.municipalityId, status, userId, message, appliedVersion],
    )) as [unknown, number];
    if (affected !== 1) throw invalidState("Förslaget är redan besvarat");
  }

  private async find(tx: Tx, id: string, agreementId?: string): Promise<BalanceProposalEntity> {
    const proposal = isUuid(id) ? await tx.em.findOneBy(BalanceProposalEntity, { id, municipalityId: tx.municipalityId }) : null;
    if (!proposal || (agreementId && proposal.agreementId !== agreementId)) throw notFound("Förslaget");
    return proposal;
  }
}

function requiredText(value: string | null | undefined, field: string, message: string): string {
  const text = (value ?? "").trim();
  if (!text) throw badInput(message, field);
  if (text.length > MAX_MESSAGE) throw badInput(`Meddelandet får vara högst ${MAX_MESSAGE} tecken`, field);
  return text;
}

function missingLine(field: string): never {
  throw badInput("Ange raden som föreslås", `${field}line`);
}
