import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import type { Actor } from "../identity/identity.model.js";
import type { AgreementEventEntity } from "./agreement-event.entity.js";
import type { EventBus } from "./event-bus.js";
import { AgreementTopic, eventsAfter } from "./event-log.js";
import { replayThenLive } from "./live-stream.js";

/** What the stream needs: the bus, reads in the caller's municipality, and the agreement's read check. */
export interface AgreementEventsSource {
  bus: Pick<EventBus, "on">;
  read<R>(actor: Actor, work: (tx: Tx) => Promise<R>): Promise<R>;
  /** The agreement, if the caller may read it (NOT_FOUND, FORBIDDEN otherwise). */
  readableAgreement(tx: Tx, actor: Actor, agreementId: string): Promise<AgreementEntity>;
}

/** `agreementEvents`: checks read access once, then replays and follows the agreement's event log. */
export async function streamAgreementEvents(
  source: AgreementEventsSource,
  actor: Actor,
  agreementId: string,
  afterSeq: number | null,
): Promise<AsyncIterableIterator<AgreementEventEntity>> {
  const agreement = await source.read(actor, (tx) => source.readableAgreement(tx, actor, agreementId));
  let cursor = afterSeq ?? agreement.lastEventSeq;
  return replayThenLive({
    listen: (wake) => source.bus.on(AgreementTopic, agreement.id, wake),
    readNext: async () => {
      const events = await source.read(actor, (tx) => eventsAfter(tx, agreement.id, cursor));
      if (events.length > 0) cursor = events[events.length - 1].seq;
      return events;
    },
  });
}
