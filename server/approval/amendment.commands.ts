import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementKind, AgreementStatus } from "../agreements/agreement.model.js";
import { validateAgreementFields } from "../agreements/agreement.validation.js";
import { insertDraft } from "../agreements/agreements.commands.js";
import { AgreementEvent, summaries } from "../agreements/agreements.events.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { asIs, type Command } from "../pipeline/command.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import { followUpStore } from "../follow-up/follow-up.store.js";
import { approvalStore } from "./approval.store.js";

/**
 * A tilläggsuppdrag: a signed agreement is never edited; an amendment copies its content (sections, balance,
 * indicators) into a new DRAFT, linked to the original, which goes through the same process. The new agreement is created
 * in this command's transaction, under the original's lock; its `agreement.created` goes to it, the
 * `agreement.amendmentStarted` to the original.
 */
export const startAmendment: Command<{ agreementId: string }, { agreement: AgreementEntity }, { agreementId: string }, AgreementEntity> = {
  name: "startAmendment",
  agreementOf: async (_tx, input) => input.agreementId,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  policy: {
    allows: (actor, { agreement }) => approvalPolicy.canAmend(actor, agreement),
    refusal: "Bara parterna kan påbörja ett tilläggsuppdrag till en undertecknad överenskommelse",
  },
  lifecycle: { states: [AgreementStatus.SIGNED], refusal: "Bara en undertecknad överenskommelse kan få ett tilläggsuppdrag" },
  validate: asIs,
  async write({ tx, actor }, { agreement: original }) {
    const purchaser = (await agreementsQueries.organs(tx, [original.purchaserOrganId])).get(original.purchaserOrganId)!;
    const fields = validateAgreementFields({
      title: `Tilläggsuppdrag till ${original.diarienummer}: ${original.title}`.slice(0, 200),
      periodStart: original.periodStart,
      periodEnd: original.periodEnd,
    });
    const draft = { ...fields, kind: AgreementKind.TILLAGGSUPPDRAG, purchaser, providerOrganId: original.providerOrganId };
    const { agreement: amendment, created } = await insertDraft(tx, actor, draft, original.id);
    await approvalStore.copySections(tx, original.id, amendment.id);
    await approvalStore.copyBalance(tx, original.id, amendment.id);
    await followUpStore.copyIndicators(tx, original.id, amendment.id, actor.userId);
    return {
      result: amendment,
      events: [created, AgreementEvent.amendmentStarted(summaries.amendmentStarted(amendment.diarienummer), { amendmentId: amendment.id })],
    };
  },
};
