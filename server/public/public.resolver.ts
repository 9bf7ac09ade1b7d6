import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { AgreementType } from "../agreements/agreement.types.js";
import type { Context } from "../graphql/context.js";
import { MunicipalityType } from "../identity/identity.types.js";

@Resolver()
export class PublicResolver {
  @Query(() => [AgreementType], { description: "A municipality's SIGNED agreements; no login needed (public records)" })
  publicAgreements(
    @Arg("kommun", () => String, { description: "The municipality's slug, e.g. demo" }) kommun: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publicRecords.signedAgreements(kommun);
  }

  @Query(() => MunicipalityType, { description: "A municipality by slug, for public pages" })
  publicMunicipality(@Arg("kommun", () => String) kommun: string, @Ctx() ctx: Context) {
    return ctx.services.publicRecords.municipality(kommun);
  }
}
