import { inCallerMunicipality, oncePerOperation, requireActor, type Context } from "../graphql/context.js";
import type { AgreementEntity, SectionEntity } from "./agreement.entities.js";
import { agreementsQueries } from "./agreements.queries.js";

/**
 * The agreement of a section, read-checked for the caller. A section listed through its agreement
 * carries it (`Agreement.sections` attaches it), so the fields of every section of the list need no
 * transaction at all; a section reached otherwise reads its agreement once per operation.
 */
export function agreementOfSection(ctx: Context, section: SectionEntity & { agreement?: AgreementEntity }): Promise<AgreementEntity> {
  requireActor(ctx);
  if (section.agreement) return Promise.resolve(section.agreement);
  return oncePerOperation(ctx, `agreement:${section.agreementId}`, () =>
    inCallerMunicipality(ctx, (tx, actor) => agreementsQueries.get(tx, actor, section.agreementId)),
  );
}
