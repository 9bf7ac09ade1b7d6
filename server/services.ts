import type { DataSource } from "typeorm";
import { AgreementsService } from "./agreements/agreements.service.js";
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
}

export function createServices(config: Config, dataSource: DataSource, bus: EventBus): Services {
  const db = new Database(dataSource);
  const tokens = new Tokens(config.tokenSecret, config.tokenTtlSeconds);
  return {
    config,
    db,
    bus,
    tokens,
    identity: new IdentityService(db, tokens),
    agreements: new AgreementsService(),
  };
}
