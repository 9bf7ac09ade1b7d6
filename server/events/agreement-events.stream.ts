import type { Actor } from "../identity/identity.model.js";
import type { Services } from "../services.js";
import type { AgreementEventEntity } from "./agreement-event.entity.js";
import { AgreementTopic, eventsAfter } from "./event-log.js";
import { replayThenLive } from "./live-stream.js";

/** `agreementEvents`: checks read access once, then replays and follows the agreement's event log. */
export async function streamAgreementEvents(
  services: Services,
  actor: Actor,
  agreementId: string,
  afterSeq: number | null,
): Promise<AsyncIterableIterator<AgreementEventEntity>> {
  const agreement = await services.db.inMunicipality(actor.municipalityId, (tx) => services.agreements.get(tx, actor, agreementId));
  let cursor = afterSeq ?? agreement.lastEventSeq;
  return replayThenLive({
    listen: (wake) => services.bus.on(AgreementTopic, agreement.id, wake),
    readNext: async () => {
      const events = await services.db.inMunicipality(actor.municipalityId, (tx) => eventsAfter(tx, agreement.id, cursor));
      if (events.length > 0) cursor = events[events.length - 1].seq;
      return events;
    },
  });
}
