import { In } from "typeorm";
import { AgreementEntity } from "../agreements/agreement.entities.js";
import { replayThenLive } from "../events/live-stream.js";
import type { Actor } from "../identity/identity.model.js";
import type { Services } from "../services.js";
import { DisputeEntity } from "./dispute.entities.js";
import { QueueTopic } from "./disputes.events.js";
import { disputeViews, type DisputeView } from "./disputes.views.js";

/**
 * `escalationQueueChanged`: every dispute of the caller's municipality that enters, changes in or
 * leaves the queue, read fresh from the database when its signal arrives. After a lost LISTEN
 * connection (a signal without a dispute id) the whole queue is sent again.
 */
export async function streamQueueChanges(services: Services, actor: Actor): Promise<AsyncIterableIterator<DisputeView>> {
  services.escalation.assertLeadership(actor);
  const pending = new Set<string>();
  let everything = false;
  return replayThenLive<DisputeView>({
    listen: (wake) =>
      services.bus.on(QueueTopic, actor.municipalityId, (signal) => {
        if (typeof signal.disputeId === "string") pending.add(signal.disputeId);
        else everything = true;
        wake();
      }),
    readNext: () => {
      const ids = [...pending];
      const all = everything;
      pending.clear();
      everything = false;
      if (all) return services.db.inMunicipality(actor.municipalityId, (tx) => services.escalation.queue(tx, actor));
      if (ids.length === 0) return Promise.resolve([]);
      return services.db.inMunicipality(actor.municipalityId, async (tx) => {
        const disputes = await tx.em.findBy(DisputeEntity, { id: In(ids), municipalityId: tx.municipalityId });
        const agreements = await tx.em.findBy(AgreementEntity, { id: In(disputes.map((d) => d.agreementId)), municipalityId: tx.municipalityId });
        return disputeViews(tx, services.disputes.steps.store, actor, disputes, new Map(agreements.map((a) => [a.id, a])));
      });
    },
  });
}
