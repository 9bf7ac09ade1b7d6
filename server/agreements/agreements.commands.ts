import type { Tx } from "../db/database.js";
import { badInput, conflict, notFound } from "../errors.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import { OrganKind, type Actor } from "../identity/identity.model.js";
import type { Command, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import type { AgreementEntity } from "./agreement.entities.js";
import { AgreementStatus, type AgreementKind, type AgreementRef } from "./agreement.model.js";
import { validateAgreementFields, type AgreementFields } from "./agreement.validation.js";
import { AgreementEvent, FIELD_CHANGED, summaries } from "./agreements.events.js";
import { agreementsStore } from "./agreements.store.js";

export interface CreateAgreementInput extends AgreementFields {
  kind: AgreementKind;
  purchaserOrganId: string;
  providerOrganId: string;
}

/** A new draft's parties and fields, checked. */
export interface NewDraft extends AgreementFields {
  kind: AgreementKind;
  purchaser: Pick<OrganEntity, "id" | "shortName">;
  providerOrganId: string;
}

/** A drafting party edits the agreement while it is a DRAFT; from submission on it is frozen. */
export const editsDraft: { policy: CommandPolicy<{ agreement: AgreementRef }>; lifecycle: CommandLifecycle<object> } = {
  policy: {
    allows: (actor, { agreement }) => agreementPolicy.isDrafter(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan ändra",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Överenskommelsen är inte ett utkast längre och kan inte ändras" },
};

/**
 * Writes a new DRAFT with its diarienummer and the municipality's template sections, and returns it
 * with its `agreement.created` event, addressed to it. createAgreement and startAmendment (a
 * tilläggsuppdrag, created in the command that starts it) both create through here.
 */
export async function insertDraft(tx: Tx, actor: Actor, draft: NewDraft, parentAgreementId: string | null) {
  const diarienummer = await agreementsStore.nextDiarienummer(tx, draft.purchaser, new Date().getFullYear());
  const agreement = await agreementsStore.insert(tx, {
    diarienummer,
    title: draft.title,
    kind: draft.kind,
    purchaserOrganId: draft.purchaser.id,
    providerOrganId: draft.providerOrganId,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    parentAgreementId,
    createdBy: actor.userId,
  });
  await agreementsStore.insertSectionsFromTemplate(tx, agreement.id);
  const created: NewAgreementEvent = {
    ...AgreementEvent.created(summaries.created(diarienummer), { title: agreement.title }),
    agreementId: agreement.id,
  };
  return { agreement, created };
}

/**
 * The organ named as a party, of the kind that side must be and still active: NOT_FOUND, or
 * BAD_USER_INPUT naming the field. Read FOR SHARE, so that its short name (in the diarienummer) cannot
 * change before the new agreement names it (updateOrgan locks it FOR UPDATE).
 */
async function partyOrgan(tx: Tx, id: string, kind: OrganKind, field: string): Promise<OrganEntity> {
  const organ = await agreementsStore.organ(tx, id, { share: true });
  if (!organ) throw notFound("Organet");
  if (!organ.active) throw badInput(`${organ.name} är inaktiverat och kan inte vara part i nya överenskommelser`, field);
  if (organ.kind !== kind)
    throw badInput(
      kind === OrganKind.BESTALLARNAMND ? "Beställaren måste vara en beställarnämnd" : "Utföraren måste vara produktionsstyrelsen",
      field,
    );
  return organ;
}

type Parties = { purchaser: OrganEntity; provider: OrganEntity };

/** A drafter of either side starts an agreement between a beställarnämnd and produktionsstyrelsen. */
export const createAgreement: Command<CreateAgreementInput, Parties, AgreementFields & { kind: AgreementKind }, AgreementEntity> = {
  name: "createAgreement",
  async load({ tx }, input) {
    return {
      purchaser: await partyOrgan(tx, input.purchaserOrganId, OrganKind.BESTALLARNAMND, "purchaserOrganId"),
      provider: await partyOrgan(tx, input.providerOrganId, OrganKind.PRODUKTIONSSTYRELSE, "providerOrganId"),
    };
  },
  policy: {
    allows: (actor, { purchaser, provider }) => agreementPolicy.canCreate(actor, purchaser.id, provider.id),
    refusal: "Bara förvaltningschefer och handläggare hos beställaren eller utföraren kan skapa överenskommelser",
  },
  // Nothing exists yet whose state could refuse it.
  lifecycle: { refusal: "" },
  validate: (_ctx, input) => ({ ...validateAgreementFields(input), kind: input.kind }),
  async write({ tx, actor }, { purchaser, provider }, fields) {
    const { agreement, created } = await insertDraft(tx, actor, { ...fields, purchaser, providerOrganId: provider.id }, null);
    return { result: agreement, agreementId: agreement.id, events: [created] };
  },
};

export interface UpdateAgreementInput {
  id: string;
  expectedVersion: number;
  patch: Partial<AgreementFields>;
}

const FIELDS = ["title", "periodStart", "periodEnd"] as const;

/** Title and period of a DRAFT, guarded by the agreement's version; one event per changed field. */
export const updateAgreement: Command<UpdateAgreementInput, { agreement: AgreementEntity }, AgreementFields, AgreementEntity> = {
  name: "updateAgreement",
  agreementOf: async (_tx, input) => input.id,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  ...editsDraft,
  validate: (_ctx, { patch }, { agreement }) =>
    validateAgreementFields({
      title: agreement.title,
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
      ...definedOnly(patch),
    }),
  conflict: async (_ctx, { agreement }, { expectedVersion }) =>
    agreement.version === expectedVersion ? null : { currentVersion: agreement.version },
  async write({ tx }, { agreement }, next) {
    const changed = FIELDS.filter((field) => next[field] !== agreement[field]);
    if (changed.length === 0) return { result: agreement };
    if (!(await agreementsStore.updateFields(tx, agreement.id, agreement.version, next))) throw conflict(agreement.version);
    return {
      result: (await agreementsStore.get(tx, agreement.id))!,
      events: changed.map((field) =>
        FIELD_CHANGED[field](summaries.fieldChanged(field, agreement[field], next[field]), { from: agreement[field], to: next[field] }),
      ),
    };
  },
};

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
