import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementKind } from "../agreements/agreement.model.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import type { Tx } from "../db/database.js";
import { appendEvent } from "../events/event-log.js";
import type { Actor } from "../identity/identity.model.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import { assertAllowed } from "../policies/policy.js";

/**
 * A tilläggsuppdrag: a signed agreement is never edited; an amendment copies its content into a new
 * DRAFT, linked to the original, which goes through the same process.
 */
export class AmendmentService {
  constructor(private readonly agreements: AgreementsService) {}

  async start(tx: Tx, actor: Actor, agreementId: string): Promise<AgreementEntity> {
    const original = await this.agreements.get(tx, actor, agreementId);
    assertAllowed(approvalPolicy.canAmend(actor, original), "Bara parterna kan påbörja ett tilläggsuppdrag till en undertecknad överenskommelse");
    const amendment = await this.agreements.create(
      tx,
      actor,
      {
        title: `Tilläggsuppdrag till ${original.diarienummer}: ${original.title}`.slice(0, 200),
        kind: AgreementKind.TILLAGGSUPPDRAG,
        purchaserOrganId: original.purchaserOrganId,
        providerOrganId: original.providerOrganId,
        periodStart: original.periodStart,
        periodEnd: original.periodEnd,
      },
      original.id,
    );
    await copySections(tx, original.id, amendment.id);
    await copyBalanceLines(tx, original.id, amendment.id);
    await appendEvent(tx, {
      agreementId: original.id,
      actorId: actor.userId,
      type: "agreement.amendmentStarted",
      summary: `Tilläggsuppdraget ${amendment.diarienummer} påbörjades`,
      data: { amendmentId: amendment.id },
    });
    return amendment;
  }
}

/** Each section's whole Yjs state becomes the snapshot of its twin: the amendment starts where the original ended. */
async function copySections(tx: Tx, fromAgreementId: string, toAgreementId: string): Promise<void> {
  await tx.em.query(
    `INSERT INTO section_update (municipality_id, section_id, seq, update, user_id, origin, node)
     SELECT $3, t.id, row_number() OVER (PARTITION BY t.id ORDER BY u.part, u.seq), u.data, NULL, 'amendment', 'amendment'
       FROM section f JOIN section t ON t.key = f.key AND t.agreement_id = $2
       JOIN LATERAL (
         SELECT 0 AS part, seq, state AS data FROM section_snapshot WHERE section_id = f.id
         UNION ALL
         SELECT 1, seq, update FROM section_update
          WHERE section_id = f.id AND seq > coalesce((SELECT seq FROM section_snapshot WHERE section_id = f.id), 0)
       ) u ON true
      WHERE f.agreement_id = $1 AND f.municipality_id = $3`,
    [fromAgreementId, toAgreementId, tx.municipalityId],
  );
  await tx.em.query(
    `UPDATE section t SET text = f.text, seq = coalesce((SELECT max(seq) FROM section_update WHERE section_id = t.id), 0)
       FROM section f WHERE f.agreement_id = $1 AND t.agreement_id = $2 AND f.key = t.key AND t.municipality_id = $3`,
    [fromAgreementId, toAgreementId, tx.municipalityId],
  );
}

async function copyBalanceLines(tx: Tx, fromAgreementId: string, toAgreementId: string): Promise<void> {
  await tx.em.query(
    `INSERT INTO balance (agreement_id, municipality_id, model_prior_year_cost, model_volume_change_percent, model_efficiency_percent, model_index_uplift_percent)
     SELECT $2, municipality_id, model_prior_year_cost, model_volume_change_percent, model_efficiency_percent, model_index_uplift_percent
       FROM balance WHERE agreement_id = $1 AND municipality_id = $3`,
    [fromAgreementId, toAgreementId, tx.municipalityId],
  );
  await tx.em.query(
    `INSERT INTO balance_line (municipality_id, agreement_id, kind, position, description, volume, unit, unit_amount, amount)
     SELECT municipality_id, $2, kind, position, description, volume, unit, unit_amount, amount
       FROM balance_line WHERE agreement_id = $1 AND municipality_id = $3`,
    [fromAgreementId, toAgreementId, tx.municipalityId],
  );
}
