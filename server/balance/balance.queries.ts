import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Party } from "../agreements/agreement.model.js";
import { byAgreement } from "../db/by-agreement.js";
import type { Tx } from "../db/database.js";
import { In } from "typeorm";
import { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { agreeBalance, balanceLineCommands } from "./balance.commands.js";
import type { BalanceLineEntity, BalanceMarkEntity, BalanceProposalEntity } from "./balance.entities.js";
import { BalanceStatus, type CalculationModelInput, type ResultRequirement } from "./balance.model.js";
import { balancePolicy } from "../policies/balance.policy.js";
import { balanceStore } from "./balance.store.js";
import { proposalsStore } from "./proposals.store.js";
import { computeTotals, type Totals } from "./balance.totals.js";
import { calculateCompensation, type CalculationModelResult } from "./calculation-model.js";
import { proposeBalance, respondToProposal } from "./proposals.commands.js";

export interface CalculationModelView extends CalculationModelInput, CalculationModelResult {}

/** A balance as everyone sees it. */
export interface BalanceState {
  agreementId: string;
  version: number;
  status: BalanceStatus;
  lines: BalanceLineEntity[];
  marks: Array<BalanceMarkEntity & { user: UserEntity }>;
  totals: Totals;
  requirement: ResultRequirement;
  calculationModel: CalculationModelView | null;
}

export interface BalancePermissions {
  /** Change lines and the calculation model directly. */
  canEdit: boolean;
  canPropose: boolean;
  /** Mark "balansen håller" for the caller's party on the current version. */
  canAgreeBalance: boolean;
}

/** ...and what the caller may do with it. */
export interface BalanceView extends BalanceState {
  party: Party | null;
  permissions: BalancePermissions;
}

export interface ProposalView extends BalanceProposalEntity {
  proposedByUser: UserEntity;
  respondedByUser: UserEntity | null;
  /** The balance has changed since the proposal was made: it can no longer be accepted. */
  stale: boolean;
  permissions: { canAccept: boolean; canReject: boolean; canCounter: boolean };
}

/** The balance's reads: its state, the caller's view of it and the negotiation log. */
export const balanceQueries = {
  async state(tx: Tx, agreementId: string): Promise<BalanceState> {
    return (await this.statesOf(tx, [agreementId])).get(agreementId)!;
  },

  /** The balances of every agreement of a list (`perAgreement`): three statements, four with marks, for any number. */
  async statesOf(tx: Tx, agreementIds: string[]): Promise<Map<string, BalanceState>> {
    // One transaction is one connection: its queries run one after the other anyway.
    const { balances, requirements } = await balanceStore.balancesAndRequirements(tx, agreementIds);
    const lines = byAgreement(agreementIds, await balanceStore.linesOf(tx, agreementIds));
    const marks = byAgreement(agreementIds, await balanceStore.marksWithUsersOf(tx, agreementIds));
    return new Map(
      agreementIds.map((agreementId) => {
        const balance = balances.get(agreementId);
        const model = balance?.modelPriorYearCost != null ? balanceStore.modelInput(balance) : null;
        const requirement = requirements.get(agreementId)!;
        const state: BalanceState = {
          agreementId,
          version: balance?.version ?? 0,
          status: balance?.status ?? BalanceStatus.OPEN,
          lines: lines.get(agreementId)!,
          marks: marks.get(agreementId)!,
          totals: computeTotals(lines.get(agreementId)!, requirement),
          requirement,
          calculationModel: model ? { ...model, ...calculateCompensation(model) } : null,
        };
        return [agreementId, state];
      }),
    );
  },

  /** Without a caller (a signed agreement's public record) there is no party and nothing to do. */
  async view(tx: Tx, actor: Actor | null, agreement: AgreementEntity): Promise<BalanceView> {
    return this.viewOf(await this.state(tx, agreement.id), actor, agreement);
  },

  viewOf(state: BalanceState, actor: Actor | null, agreement: AgreementEntity): BalanceView {
    const target = { agreement, version: state.version, marks: state.marks };
    return {
      ...state,
      party: actor ? balancePolicy.editingParty(actor, agreement) : null,
      permissions: {
        canEdit: permits(balanceLineCommands.addBalanceLine, actor, target),
        canPropose: permits(proposeBalance, actor, { ...target, countered: null }),
        canAgreeBalance: permits(agreeBalance, actor, { ...target, requirementMet: state.totals.requirementMet }),
      },
    };
  },

  /** The negotiation log, newest first. */
  async proposals(tx: Tx, actor: Actor, agreement: AgreementEntity): Promise<ProposalView[]> {
    return proposalViews(tx, actor, agreement, await proposalsStore.proposals(tx, agreement.id));
  },

  async proposal(tx: Tx, actor: Actor, agreement: AgreementEntity, id: string): Promise<ProposalView> {
    const [view] = await proposalViews(tx, actor, agreement, [(await proposalsStore.proposal(tx, id))!]);
    return view;
  },
};

async function proposalViews(
  tx: Tx,
  actor: Actor,
  agreement: AgreementEntity,
  proposals: BalanceProposalEntity[],
): Promise<ProposalView[]> {
  if (proposals.length === 0) return [];
  const version = await balanceStore.currentVersion(tx, agreement.id);
  const ids = [...new Set(proposals.flatMap((p) => [p.proposedBy, p.respondedBy]).filter((id): id is string => !!id))];
  const users = new Map((await tx.em.findBy(UserEntity, { id: In(ids), municipalityId: tx.municipalityId })).map((u) => [u.id, u]));
  return proposals.map((proposal) => {
    const stale = proposal.baseVersion !== version;
    const mayRespond = permits(respondToProposal, actor, { agreement, proposal, version });
    return Object.assign(proposal, {
      proposedByUser: users.get(proposal.proposedBy)!,
      respondedByUser: proposal.respondedBy ? (users.get(proposal.respondedBy) ?? null) : null,
      stale,
      permissions: {
        canAccept: mayRespond && !stale,
        canReject: mayRespond,
        canCounter: permits(proposeBalance, actor, { agreement, version, marks: [], countered: proposal }),
      },
    });
  });
}
