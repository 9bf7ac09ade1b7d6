import type { DataSource } from "typeorm";
import { randomUUID } from "node:crypto";
import { AgreementsService } from "./agreements/agreements.service.js";
import { CollabService } from "./collab/collab.service.js";
import { PresenceService } from "./collab/presence.service.js";
import type { Config } from "./config.js";
import { Database } from "./db/database.js";
import { EventBus } from "./events/event-bus.js";
import { IdentityService } from "./identity/identity.service.js";
import { Tokens } from "./identity/tokens.js";

/** The domain services of one server process, wired once. */
export interface Services {
  config: Config;
  db: Database;
  bus: EventBus;
  tokens: Tokens;
  identity: IdentityService;
  agreements: AgreementsService;
  collab: CollabService;
  presence: PresenceService;
  /** This process's id in the cross-process signals, so it can tell its own writes from others'. */
  node: string;
}

export function createServices(config: Config, dataSource: DataSource, bus: EventBus): Services {
  const db = new Database(dataSource);
  const tokens = new Tokens(config.tokenSecret, config.tokenTtlSeconds);
  const node = randomUUID();
  const agreements = new AgreementsService();
  return {
    config,
    db,
    bus,
    tokens,
    identity: new IdentityService(db, tokens),
    agreements,
    collab: new CollabService(db, bus, { node, maxUpdateBytes: config.maxUpdateBytes }),
    presence: new PresenceService(db, bus, agreements, node),
    node,
  };
}
