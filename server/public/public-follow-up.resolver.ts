import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { perAgreement } from "../graphql/batch-loader.js";
import type { Context } from "../graphql/context.js";
import { publicFollowUpQueries } from "./public-follow-up.queries.js";
import { PublicFollowUpType } from "./public-follow-up.types.js";

/** Agreement.publicFollowUp: the accepted follow-up, the same for anyone, part of the public record once signed. */
@Resolver(() => AgreementType)
export class PublicFollowUpResolver {
  @FieldResolver(() => PublicFollowUpType, {
    nullable: true,
    description: "Indicators, accepted results, their action plans, and delivered volume and cost; null until the agreement is signed",
  })
  async publicFollowUp(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    if (agreement.status !== AgreementStatus.SIGNED) return null;
    return (await perAgreement(ctx, "publicFollowUp", agreement, publicFollowUpQueries.ofAgreements)) ?? null;
  }
}
