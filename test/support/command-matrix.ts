import { hashPassword } from "../../server/identity/passwords.js";
import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { createAgreement } from "./agreements.js";
import { RECORD, SIGN, SUBMIT, decision, readyDraft, textUpdate, today } from "./approval.js";
import { addLines, fixedResource, setAgreementStatus } from "./balance.js";
import { raiseDispute } from "./disputes.js";
import type { TestMunicipality } from "./factories.js";
import { actor, ok } from "./graphql.js";
import { asOwner } from "./owner.js";
import type { TestServer } from "./server.js";

/** Every role of the demo municipality, and a förvaltningschef of a committee that is no party (kun.chef). */
export const ROLES: DemoWho[] = [
  "von.chef",
  "ps.chef",
  "von.handlaggare",
  "ps.handlaggare",
  "kun.chef",
  "von.sekreterare",
  "ps.sekreterare",
  "kommunledning",
  "revisor",
  "admin",
];
export const DRAFTERS: DemoWho[] = ["von.chef", "ps.chef", "von.handlaggare", "ps.handlaggare"];
export const CHIEFS: DemoWho[] = ["von.chef", "ps.chef"];
export const AGREEMENT_STATES = ["DRAFT", "IN_APPROVAL", "APPROVED", "SIGNED"] as const;
export const DISPUTE_STATES = ["OPEN", "ESCALATED", "IN_REVIEW", "REFERRED", "DECIDED", "WITHDRAWN"] as const;

export type Caller = Awaited<ReturnType<typeof actor>>;
export type Callers = Record<DemoWho, Caller>;

export interface World {
  server: TestServer;
  m: TestMunicipality;
  as: Callers;
}

export async function world(server: TestServer, m: TestMunicipality): Promise<World> {
  const entries = await Promise.all(ROLES.map(async (who) => [who, await actor(server, m, who)] as const));
  return { server, m, as: Object.fromEntries(entries) as Callers };
}

/**
 * An agreement between VON and PS in `state`. Approval's states are reached through the API (a
 * version, approvals and signatures exist); for the other capabilities only the status matters.
 */
export async function agreementIn(w: World, state: string, real = false): Promise<{ id: string; hash: string | null }> {
  if (!real) {
    const { id } = await createAgreement(w.as["von.chef"], w.m);
    if (state !== "DRAFT") await setAgreementStatus(w.m, id, state);
    return { id, hash: null };
  }
  const { id } = await readyDraft(w.server, w.m);
  if (state === "DRAFT") return { id, hash: null };
  const submitted = ok(await w.as["ps.chef"](SUBMIT, { id })).submitForApproval;
  const hash = submitted.currentVersion.contentHash as string;
  if (state === "IN_APPROVAL") return { id, hash };
  ok(await w.as["von.sekreterare"](RECORD, { id, input: decision(w.m.organs.VON.id) }));
  ok(await w.as["ps.sekreterare"](RECORD, { id, input: decision(w.m.organs.PS.id) }));
  if (state === "APPROVED") return { id, hash };
  ok(await w.as["von.chef"](SIGN, { id, hash }));
  ok(await w.as["ps.chef"](SIGN, { id, hash }));
  return { id, hash };
}

const DISPUTE_STEP = {
  escalate: "mutation($id: ID!) { escalateDispute(disputeId: $id) { id } }",
  assign: "mutation($id: ID!, $a: ID!) { assignDispute(disputeId: $id, assigneeId: $a) { id } }",
  refer: "mutation($id: ID!) { referDispute(disputeId: $id, body: KOMMUNSTYRELSE) { id } }",
  decide:
    'mutation($id: ID!, $ref: String!) { decideDispute(disputeId: $id, input: { decision: "Så blir det.", reference: $ref }) { id } }',
  withdraw: "mutation($id: ID!) { withdrawDispute(disputeId: $id) { id } }",
};

/**
 * A dispute raised by VON's förvaltningschef on a DRAFT, taken to `state` through the API: on the
 * balance, or with `onSection` on the agreement's first section.
 */
export async function disputeIn(w: World, state: string, onSection = false): Promise<{ agreementId: string; disputeId: string }> {
  const { id: agreementId } = await createAgreement(w.as["von.chef"], w.m);
  const sectionId = onSection ? await firstSectionId(w, agreementId) : null;
  const { id } = await raiseDispute(w.as["von.chef"], agreementId, { sectionId });
  const leader = w.as.kommunledning;
  const steps: Record<string, Array<() => Promise<unknown>>> = {
    OPEN: [],
    WITHDRAWN: [() => w.as["von.chef"](DISPUTE_STEP.withdraw, { id })],
    ESCALATED: [() => w.as["von.chef"](DISPUTE_STEP.escalate, { id })],
    IN_REVIEW: [
      () => w.as["von.chef"](DISPUTE_STEP.escalate, { id }),
      () => leader(DISPUTE_STEP.assign, { id, a: w.m.users.kommunledning.id }),
    ],
    REFERRED: [() => w.as["von.chef"](DISPUTE_STEP.escalate, { id }), () => leader(DISPUTE_STEP.refer, { id })],
    DECIDED: [
      () => w.as["von.chef"](DISPUTE_STEP.escalate, { id }),
      () => leader(DISPUTE_STEP.refer, { id }),
      () => leader(DISPUTE_STEP.decide, { id, ref: `KS ${today()} § 12` }),
    ],
  };
  for (const step of steps[state]) ok((await step()) as never);
  return { agreementId, disputeId: id };
}

/** A few lines on the balance, so there is something to change. */
export async function withLines(w: World, agreementId: string) {
  return addLines(w.as["von.chef"], agreementId, [fixedResource("Ersättning", "1000.00")]);
}

export async function firstSectionId(w: World, agreementId: string): Promise<string> {
  return ok(await w.as["von.chef"]("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id: agreementId })).agreement.sections[0]
    .id;
}

export { textUpdate };

/**
 * A fingerprint of every row of the municipality's data (presence heartbeats aside): a refused
 * command must leave it exactly as it was. Per table, the count and a sum of the rows' hashes: order
 * does not matter, so nothing is sorted (the matrix takes thousands, over a municipality that grows).
 */
export async function fingerprint(w: World): Promise<Record<string, string>> {
  // Scoped to the municipality (row-level security is forced on the owner too); the WHERE says it again.
  const rows = (await asOwner(
    w.m.municipality.id,
    (await municipalTables(w.m.municipality.id))
      .map(
        (t) =>
          `SELECT '${t}' AS t, count(*)::int AS n, coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)::text AS h FROM ${t} x WHERE municipality_id = $1`,
      )
      .join(" UNION ALL "),
    [w.m.municipality.id],
  )) as Array<{ t: string; n: number; h: string }>;
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

let tables: Promise<string[]> | undefined;

/** The tables that hold a municipality's rows: read once, as no test changes the schema. */
function municipalTables(municipalityId: string): Promise<string[]> {
  tables ??= asOwner(
    municipalityId,
    `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.column_name = 'municipality_id' AND c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'presence'
      ORDER BY 1`,
  ).then((rows) => (rows as Array<{ table_name: string }>).map((r) => r.table_name));
  return tables;
}

let demoHash: Promise<string> | undefined;

/**
 * Mutations on the caller's own account: every role may, whatever agreements there are, so they are
 * tried once (`across`). A password changed is set back at once.
 */
export const OWN_ACCOUNT_CASES = {
  changePassword: {
    roles: ROLES,
    states: AGREEMENT_STATES,
    across: ["DRAFT"],
    prepare: async (w: World) => ({
      run: async (caller: Caller) => {
        const result = await caller("mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }", {
          c: w.m.password,
          n: "ett långt nytt lösenord",
        });
        // Back to the test password, which the other cases' fixtures log in with.
        demoHash ??= hashPassword(w.m.password);
        await asOwner(w.m.municipality.id, "UPDATE app_user SET password_hash = $1", [await demoHash]);
        return result;
      },
      flag: async () => null, // nothing to show: anyone signed in may
    }),
  },
  updateMyPreferences: {
    roles: ROLES,
    states: AGREEMENT_STATES,
    across: ["DRAFT"],
    prepare: async () => ({
      run: (caller: Caller) => caller("mutation { updateMyPreferences(input: { emailPreference: DAILY, language: EN }) { id } }", {}),
      flag: async () => null,
    }),
  },
};

/**
 * Mutations without a caller, whose authority is something else than a role; each is tested where it
 * is described. setPassword: the one-time link's token (test/passwords.test.ts). requestPasswordReset:
 * anyone may ask, and the link goes only to the account's own address (test/passwords.test.ts,
 * test/mail.test.ts).
 */
export const ANONYMOUS_MUTATIONS = ["setPassword", "requestPasswordReset"];
