import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { AgreementEvent, summaries as agreementSummaries } from "../agreements/agreements.events.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import type { Notice } from "../pipeline/command.js";
import { asIs, type Command } from "../pipeline/command.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import { DRAFTING_ROLES } from "../policies/policy.js";
import { ApprovalDecision, type AgreementVersionEntity, type ApprovalEntity, type SignatureEntity } from "./approval.entities.js";
import { ApprovalEvent, ApprovalNotice, summaries } from "./approval.events.js";
import { approvalStore, type RecordedDecision } from "./approval.store.js";
import { validateMinutes, type ApprovalInput } from "./approval.validation.js";

export type { ApprovalInput } from "./approval.validation.js";

/** The drafters of both parties hear of each step of the lifecycle. */
export const toBothParties = (agreement: AgreementEntity, kind: string, summary: string): Notice => ({
  to: { roles: DRAFTING_ROLES, organIds: [agreement.purchaserOrganId, agreement.providerOrganId] },
  kind,
  summary,
  agreementId: agreement.id,
});

/** A committee's decision on the newest version, for one organ (null when there is none). */
export interface RecordTarget {
  agreement: AgreementEntity;
  organId: string;
  version: AgreementVersionEntity | null;
  approval: ApprovalEntity | null;
}

/** The newest version and the organ's decision on it; an organ that names nothing here answers as a missing agreement would. */
export async function loadDecision(tx: Tx, agreement: AgreementEntity, organId: string): Promise<RecordTarget> {
  if (!(await agreementsQueries.organs(tx, [organId])).has(organId)) throw notFound("Organet");
  const version = await approvalStore.latestVersion(tx, agreement.id);
  const approvals = version ? await approvalStore.approvalsOf(tx, agreement.id, version.number) : [];
  return { agreement, organId, version, approval: approvals.find((a) => a.organId === organId) ?? null };
}

const NOT_AWAITING = "Överenskommelsen väntar inte på nämndbeslut";

export const recordApproval: Command<{ agreementId: string; input: ApprovalInput }, RecordTarget, RecordedDecision, AgreementEntity> = {
  name: "recordApproval",
  agreementOf: async (_tx, input) => input.agreementId,
  load: ({ tx }, { input }, agreement) => loadDecision(tx, agreement!, input.organId),
  policy: {
    allows: (actor, { agreement, organId }) => approvalPolicy.canRecordFor(actor, agreement, organId),
    refusal: "Bara nämndsekreteraren för en av parternas nämnder kan registrera beslutet",
  },
  lifecycle: {
    states: [AgreementStatus.IN_APPROVAL],
    refusal: NOT_AWAITING,
    check: ({ approval }) => (!approval ? NOT_AWAITING : approval.decision ? "Nämndens beslut är redan registrerat" : null),
  },
  validate: (_ctx, { input }, { version }) => validateMinutes(input, version!.createdAt),
  async write({ tx, actor }, { agreement, approval }, decision) {
    const { id, organId, versionNumber: version } = approval!;
    await approvalStore.recordDecision(tx, id, decision, actor.userId);
    const organ = (await agreementsQueries.organs(tx, [organId])).get(organId)!;
    const returned = decision.decision === ApprovalDecision.RETURNED;
    const approved =
      !returned && (await approvalStore.approvalsOf(tx, agreement.id, version)).every((a) => a.decision === ApprovalDecision.APPROVED);
    if (returned) await approvalStore.setStatus(tx, agreement.id, AgreementStatus.DRAFT);
    else if (approved) await approvalStore.setStatus(tx, agreement.id, AgreementStatus.APPROVED);
    const event = returned ? ApprovalEvent.returned : ApprovalEvent.approved;
    const d = agreement.diarienummer;
    const outcome = returned
      ? summaries.returned(d, organ.name)
      : approved
        ? summaries.approvedByBoth(d)
        : summaries.approvedBy(d, organ.name);
    return {
      result: await agreementsQueries.current(tx, agreement.id),
      events: [event(summaries.decided(organ.name, version, decision, returned), { organId, version, ...decision })],
      notices: [toBothParties(agreement, ApprovalNotice.recorded, outcome)],
    };
  },
};

/** The approved version, and who has signed it. */
export interface SignTarget {
  agreement: AgreementEntity;
  version: AgreementVersionEntity | null;
  signatures: SignatureEntity[];
}

export async function loadSigning(tx: Tx, agreement: AgreementEntity): Promise<SignTarget> {
  const version = await approvalStore.latestVersion(tx, agreement.id);
  return { agreement, version, signatures: version ? await approvalStore.signaturesOf(tx, agreement.id, version.number) : [] };
}

/** Each party's förvaltningschef signs once, the content hash they were shown; the second signature makes it SIGNED. */
export const signAgreement: Command<{ agreementId: string; contentHash: string }, SignTarget, { contentHash: string }, AgreementEntity> = {
  name: "signAgreement",
  agreementOf: async (_tx, input) => input.agreementId,
  load: ({ tx }, _input, agreement) => loadSigning(tx, agreement!),
  policy: {
    allows: (actor, { agreement }) => approvalPolicy.signingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer kan underteckna",
  },
  lifecycle: {
    states: [AgreementStatus.APPROVED],
    refusal: "Överenskommelsen kan undertecknas först när båda nämnderna har godkänt den",
    check: ({ agreement, signatures }, actor) =>
      signatures.some((s) => s.party === approvalPolicy.signingParty(actor, agreement)) ? "Er part har redan undertecknat" : null,
  },
  validate: asIs,
  async conflict(_ctx, { version }, { contentHash }) {
    if (version && contentHash === version.contentHash) return null;
    return {
      currentVersion: version?.number ?? 0,
      message: "Innehållet du undertecknar är inte den frysta versionen; ladda om och granska igen",
    };
  },
  async write({ tx, actor }, { agreement, version, signatures }) {
    const { number, contentHash } = version!;
    const party = approvalPolicy.signingParty(actor, agreement)!;
    await approvalStore.insertSignature(tx, { agreementId: agreement.id, versionNumber: number, party, userId: actor.userId, contentHash });
    const both = signatures.length + 1 === 2;
    if (both) await approvalStore.setStatus(tx, agreement.id, AgreementStatus.SIGNED);
    return {
      result: await agreementsQueries.current(tx, agreement.id),
      events: [AgreementEvent.signed(agreementSummaries.signed(party, number), { party, version: number, contentHash })],
      notices: both ? [toBothParties(agreement, ApprovalNotice.signed, summaries.signedByBoth(agreement.diarienummer))] : [],
    };
  },
};
