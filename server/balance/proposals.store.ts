import type { Party } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { LIST_CAPS, isUuid } from "../validation/input.js";
import { BalanceProposalEntity } from "./balance.entities.js";
import { ProposalStatus, type StoredChange } from "./balance.model.js";

export interface NewProposal {
  agreementId: string;
  party: Party;
  proposedBy: string;
  message: string;
  changes: StoredChange[];
  baseVersion: number;
  counterTo: string | null;
}

/** The balance proposals' SQL; written under the agreement's row lock, as the balance is. */
export class ProposalsStore {
  proposal(tx: Tx, id: string): Promise<BalanceProposalEntity | null> {
    return isUuid(id) ? tx.em.findOneBy(BalanceProposalEntity, { id, municipalityId: tx.municipalityId }) : Promise.resolve(null);
  }

  /** The negotiation log, newest first. */
  proposals(tx: Tx, agreementId: string): Promise<BalanceProposalEntity[]> {
    return tx.em.find(BalanceProposalEntity, {
      where: { agreementId, municipalityId: tx.municipalityId },
      order: { createdAt: "DESC" },
      take: LIST_CAPS.proposals,
    });
  }

  async insertProposal(tx: Tx, proposal: NewProposal): Promise<string> {
    const { identifiers } = await tx.em.insert(BalanceProposalEntity, {
      ...proposal,
      municipalityId: tx.municipalityId,
      status: ProposalStatus.PENDING,
      createdAt: new Date(),
    });
    return identifiers[0].id as string;
  }

  /** Closes a pending proposal (the runner's lock makes it the only answer). */
  async closeProposal(
    tx: Tx,
    id: string,
    status: ProposalStatus,
    userId: string,
    message: string | null,
    appliedVersion: number | null = null,
  ) {
    await tx.em.query(
      `UPDATE balance_proposal SET status = $3, responded_by = $4, response_message = $5, responded_at = now(), applied_version = $6
       WHERE id = $1 AND municipality_id = $2 AND status = 'PENDING'`,
      [id, tx.municipalityId, status, userId, message, appliedVersion],
    );
  }
}

export const proposalsStore = new ProposalsStore();
