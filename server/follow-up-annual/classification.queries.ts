import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { Party } from "../agreements/agreement.model.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { followUpAnnualPolicy as policy } from "../policies/follow-up-annual.policy.js";
import { assertAllowed } from "../policies/policy.js";
import { isUuid } from "../validation/input.js";
import { classifyAgreement, markStrategic, setAgreementResponsible } from "./classification.commands.js";
import { suggestsStrategic, valueClassOf, type Impact, type ValueClass } from "./classification.model.js";
import { classificationStore as store, type Candidate } from "./classification.store.js";

/** What the classification shows of an agreement the caller may read. */
export interface ClassificationView {
  compensation: string;
  valueClass: ValueClass;
  suggestedStrategic: boolean;
  version: number;
}

export interface ClassificationPermissions {
  canSetPurchaserResponsible: boolean;
  canSetProviderResponsible: boolean;
  canClassify: boolean;
  canMarkStrategic: boolean;
}

/** An organ of the caller's municipality; NOT_FOUND for any other id. */
export async function organIn(tx: Tx, organId: string): Promise<OrganEntity> {
  const organ = isUuid(organId) ? (await agreementsQueries.organs(tx, [organId])).get(organId) : undefined;
  if (!organ) throw notFound("Nämnden");
  return organ;
}

/** A nämnd the caller may look into (any role in it, or kommunledning and revisor); NOT_FOUND outside the municipality. */
export async function readableNamnd(tx: Tx, actor: Actor, organId: string): Promise<OrganEntity> {
  const organ = await organIn(tx, organId);
  assertAllowed(policy.mayReadNamnd(actor, organ.id), policy.readRefusal);
  return organ;
}

export function validYear(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw badInput("Året ska vara ett årtal, t.ex. 2027", field);
  return year;
}

/** Reads of an agreement's classification, each for a row the caller was already allowed to read. */
export const classificationQueries = {
  async view(tx: Tx, agreement: AgreementEntity): Promise<ClassificationView> {
    const compensation = (await store.compensations(tx, [agreement.id])).get(agreement.id) ?? "0.00";
    const valueClass = valueClassOf(compensation, await store.thresholds(tx));
    return {
      compensation,
      valueClass,
      suggestedStrategic: suggestsStrategic(valueClass, (agreement.impact as Impact | null) ?? null),
      version: await store.classificationVersion(tx, agreement.id),
    };
  },

  async permissions(tx: Tx, actor: Actor, agreement: AgreementEntity): Promise<ClassificationPermissions> {
    const version = await store.classificationVersion(tx, agreement.id);
    return {
      canSetPurchaserResponsible: permits(setAgreementResponsible, actor, { agreement, party: Party.PURCHASER }),
      canSetProviderResponsible: permits(setAgreementResponsible, actor, { agreement, party: Party.PROVIDER }),
      canClassify: permits(classifyAgreement, actor, { agreement, version }),
      canMarkStrategic: permits(markStrategic, actor, { agreement }),
    };
  },

  /** Who the caller may name avtalsansvarig of `party`; nobody when the caller may not name one. */
  candidates(tx: Tx, actor: Actor, agreement: AgreementEntity, party: Party): Promise<Candidate[]> {
    if (!permits(setAgreementResponsible, actor, { agreement, party })) return Promise.resolve([]);
    return store.candidates(tx, party === Party.PURCHASER ? agreement.purchaserOrganId : agreement.providerOrganId);
  },

  /** A nämnd's strategic agreements as purchaser, in every state; those reaching into `year` when given. */
  async strategicAgreements(tx: Tx, actor: Actor, organId: string, year: number | null): Promise<AgreementEntity[]> {
    const organ = await readableNamnd(tx, actor, organId);
    return store.strategicOf(tx, organ.id, year === null ? null : validYear(year));
  },
};
