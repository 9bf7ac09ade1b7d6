import type { DataSource } from "typeorm";
import { randomUUID } from "node:crypto";
import { createSubmission, type Submission } from "./approval/submission.commands.js";
import { balanceConsequences } from "./balance/balance.consequences.js";
import { CommandRunner } from "./pipeline/runner.js";
import { CollabService } from "./collab/collab.service.js";
import { PresenceService } from "./collab/presence.service.js";
import type { Config } from "./config.js";
import { Database } from "./db/database.js";
import { blockingDisputes } from "./disputes/disputes.queries.js";
import { EventBus } from "./events/event-bus.js";
import { IdentityService } from "./identity/identity.service.js";
import { Tokens } from "./identity/tokens.js";
import { NotificationsService } from "./notifications/notifications.service.js";
import { PublicService } from "./public/public.service.js";

/** The domain services of one server process, wired once. */
export interface Services {
  config: Config;
  db: Database;
  bus: EventBus;
  tokens: Tokens;
  identity: IdentityService;
  runner: CommandRunner;
  collab: CollabService;
  presence: PresenceService;
  /** submitForApproval and the stepper's DRAFT gaps, which count the disputes blocking a submission. */
  submission: Submission;
  publicRecords: PublicService;
  /** The live unread count; notifications are written by the runner (a command's notices). */
  notifications: NotificationsService;
  /** This process's id in the cross-process signals, so it can tell its own writes from others'. */
  node: string;
}

export function createServices(config: Config, dataSource: DataSource, bus: EventBus): Services {
  const db = new Database(dataSource);
  const tokens = new Tokens(config.tokenSecret, config.tokenTtlSeconds);
  const node = randomUUID();
  const runner = new CommandRunner(db, [...balanceConsequences]);
  return {
    config,
    db,
    bus,
    tokens,
    identity: new IdentityService(db, tokens),
    runner,
    collab: new CollabService(db, bus, { node, maxUpdateBytes: config.maxUpdateBytes }),
    presence: new PresenceService(db, bus, node),
    submission: createSubmission({ blockingDisputes }),
    publicRecords: new PublicService(db, (municipalityId, work) => runner.readIn(municipalityId, work)),
    notifications: new NotificationsService(bus, (actor, work) => runner.read(actor, work)),
    node,
  };
}
