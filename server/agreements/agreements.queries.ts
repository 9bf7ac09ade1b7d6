import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import { assertAllowed, holdsRoleAnywhere, MUNICIPALITY_WIDE_READERS } from "../policies/policy.js";
import { SectionEntity, type AgreementEntity } from "./agreement.entities.js";
import type { AgreementRef, AgreementStatus } from "./agreement.model.js";
import { editsDraft } from "./agreements.commands.js";
import { agreementsStore } from "./agreements.store.js";

/** The agreements' reads, each with the read check: who may see an agreement sees its sections. */
export const agreementsQueries = {
  /** The agreement if it exists in the caller's municipality (else NOT_FOUND) and the caller may read it (else FORBIDDEN). */
  async get(tx: Tx, actor: Actor, id: string): Promise<AgreementEntity> {
    const agreement = await agreementsStore.get(tx, id);
    if (!agreement) throw notFound("Överenskommelsen");
    assertAllowed(agreementPolicy.canRead(actor, agreement), "Du har ingen roll i den här överenskommelsens nämnder");
    return agreement;
  },

  /** What the caller may read, newest first: everything for the municipality-wide readers, else their organs' agreements. */
  list(tx: Tx, actor: Actor, status: AgreementStatus | undefined, page: { first: number; offset: number }): Promise<AgreementEntity[]> {
    const organIds = holdsRoleAnywhere(actor, MUNICIPALITY_WIDE_READERS) ? null : actor.roles.map((r) => r.organId);
    return agreementsStore.list(tx, { status, organIds }, page);
  },

  /** The agreement as a change the caller was allowed to make left it (no read check: the command had its own). */
  async current(tx: Tx, id: string): Promise<AgreementEntity> {
    const agreement = await agreementsStore.get(tx, id);
    if (!agreement) throw notFound("Överenskommelsen");
    return agreement;
  },

  /** The organs agreements name as parties, by id. */
  organs(tx: Tx, ids: readonly string[]): Promise<Map<string, OrganEntity>> {
    return agreementsStore.organs(tx, ids);
  },

  /** The sections of an agreement already read (or a public record), in template order. */
  sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    return agreementsStore.sections(tx, agreementId);
  },

  /** The sections of every agreement of a list, in one statement (`perAgreement`). */
  sectionsOf(tx: Tx, agreementIds: string[]): Promise<Map<string, SectionEntity[]>> {
    return agreementsStore.sectionsOf(tx, agreementIds);
  },

  /**
   * The agreement of a section, read-checked for the caller. A section listed through its agreement
   * carries it already (`Agreement.sections` attaches it), so its field resolvers need no second read.
   */
  agreementOfSection(tx: Tx, actor: Actor, section: SectionEntity & { agreement?: AgreementEntity }): Promise<AgreementEntity> {
    return section.agreement ? Promise.resolve(section.agreement) : this.get(tx, actor, section.agreementId);
  },
};

/** Whether the caller may edit the agreement's fields and sections now (updateAgreement's declaration). */
export function mayEditDraft(actor: Actor | null, agreement: AgreementRef): boolean {
  return permits(editsDraft, actor, { agreement });
}
