import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { inCallerMunicipality, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { followUpStore } from "./follow-up.store.js";

/**
 * Agreement.actionPlanOwners: whom the action plan form offers as owner — the users addActionPlan accepts
 * (active, holding a role in either party's organ). Staff only; the agreement was loaded with the read check.
 */
@Resolver(() => AgreementType)
export class AgreementPlanOwnersResolver {
  @FieldResolver(() => [UserType], { description: "Who may own an action plan: active users with a role in either party's organ, by name" })
  actionPlanOwners(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => followUpStore.activeUsersIn(tx, [agreement.purchaserOrganId, agreement.providerOrganId]));
  }
}
