import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import type { OrganKind } from "../identity/identity.model.js";
import type { Command, CommandPolicy } from "../pipeline/command.js";
import { administrationPolicy } from "../policies/administration.policy.js";
import { AdminTarget, adminSummaries, type AdminChange } from "./administration.events.js";
import { normalizeShortName } from "./administration.model.js";
import { administrationStore as store, type OrganFields } from "./administration.store.js";
import { organFields } from "./administration.validation.js";

export interface OrganInput {
  name: string;
  shortName: string;
  kind: OrganKind;
}

/** Every administrative command: the municipality's ADMIN, nobody else. */
export const administers: CommandPolicy<object> = {
  allows: (actor) => administrationPolicy.mayAdminister(actor),
  refusal: administrationPolicy.refusal,
};

const SHORT_NAME_TAKEN = "Kortnamnet används redan av ett annat organ i kommunen";

/** An organ as the administration log records it. */
export const organRecord = (organ: OrganEntity) => ({
  name: organ.name,
  shortName: organ.shortName,
  kind: organ.kind,
  active: organ.active,
});

const change = (action: string, summary: string, organ: OrganEntity, before: OrganEntity | null): AdminChange => ({
  action,
  target: AdminTarget.ORGAN,
  targetId: organ.id,
  summary,
  before: before && organRecord(before),
  after: organRecord(organ),
});

async function checkedOrgan(tx: Tx, input: OrganInput, exceptId: string | null): Promise<OrganFields> {
  const fields = organFields(input);
  if (await store.shortNameTaken(tx, fields.shortName, exceptId)) throw badInput(SHORT_NAME_TAKEN, "shortName");
  return fields;
}

/** The organ of `id`, locked against a concurrent change of it or a new agreement naming it. */
async function lockedOrgan(tx: Tx, id: string): Promise<OrganEntity> {
  return (await store.organ(tx, id, { lock: true })) ?? Promise.reject(notFound("Organet"));
}

type Nothing = Record<string, never>;

export const createOrgan: Command<OrganInput, Nothing, OrganFields, OrganEntity> = {
  name: "createOrgan",
  load: async () => ({}),
  policy: administers,
  lifecycle: { refusal: "" }, // nothing exists yet whose state could refuse it
  validate: ({ tx }, input) => checkedOrgan(tx, input, null),
  async write({ tx }, _target, fields) {
    const organ = await store.insertOrgan(tx, fields);
    // Taken meanwhile by a concurrent command: the unique constraint waited for its commit.
    if (!organ) throw badInput(SHORT_NAME_TAKEN, "shortName");
    return { result: organ, audit: [change("createOrgan", adminSummaries.organCreated(organ.name, organ.shortName), organ, null)] };
  },
};

interface OrganChange {
  organ: OrganEntity;
  /** Named by an agreement: its short name is in diarienummer, and its kind is what that side must be. */
  inUse: boolean;
  requested: OrganInput;
}

/**
 * Renames an organ, or changes its short name or kind while no agreement names it. Once one does,
 * the short name is part of diarienummer and the kind is what the agreement's side must be: both are
 * locked (INVALID_STATE); the name can still change.
 */
export const updateOrgan: Command<{ id: string; input: OrganInput }, OrganChange, OrganFields, OrganEntity> = {
  name: "updateOrgan",
  async load({ tx }, { id, input }) {
    const organ = await lockedOrgan(tx, id);
    return { organ, inUse: (await store.organsInUse(tx, [organ.id])).has(organ.id), requested: input };
  },
  policy: administers,
  lifecycle: {
    refusal: "",
    check: ({ organ, inUse, requested }) => {
      if (!inUse) return null;
      if (normalizeShortName(requested.shortName ?? "") !== organ.shortName)
        return `Kortnamnet ${organ.shortName} står i överenskommelsers diarienummer och kan inte ändras längre`;
      if (requested.kind !== organ.kind) return "Organet är part i överenskommelser; dess typ kan inte ändras längre";
      return null;
    },
  },
  validate: ({ tx }, { input }, { organ }) => checkedOrgan(tx, input, organ.id),
  unchanged: ({ organ, requested }) =>
    requested.name?.trim() === organ.name &&
    normalizeShortName(requested.shortName ?? "") === organ.shortName &&
    requested.kind === organ.kind
      ? organ
      : null,
  async write({ tx }, { organ }, fields) {
    const updated = await store.updateOrgan(tx, organ.id, fields);
    return {
      result: updated,
      audit: [change("updateOrgan", adminSummaries.organUpdated(updated.name, updated.shortName), updated, organ)],
    };
  },
};

/**
 * Deactivation keeps an organ and everything that names it (agreements, roles, history); it is only
 * offered for nothing new. Organs are never deleted.
 */
const organActivation = (active: boolean): Command<{ id: string }, { organ: OrganEntity }, { id: string }, OrganEntity> => ({
  name: active ? "reactivateOrgan" : "deactivateOrgan",
  load: async ({ tx }, { id }) => ({ organ: await lockedOrgan(tx, id) }),
  policy: administers,
  lifecycle: { refusal: "" },
  validate: (_ctx, input) => input,
  unchanged: ({ organ }) => (organ.active === active ? organ : null),
  async write({ tx }, { organ }) {
    const updated = await store.setOrganActive(tx, organ.id, active);
    const summary = active ? adminSummaries.organReactivated(organ.name) : adminSummaries.organDeactivated(organ.name);
    return { result: updated, audit: [change(active ? "reactivateOrgan" : "deactivateOrgan", summary, updated, organ)] };
  },
});

export const deactivateOrgan = organActivation(false);
export const reactivateOrgan = organActivation(true);
