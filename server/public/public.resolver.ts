import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { AgreementType } from "../agreements/agreement.types.js";
import { countPublicRead, type Context } from "../graphql/context.js";
import { MunicipalityType } from "../identity/identity.types.js";

@Resolver()
export class PublicResolver {
  @Query(() => [AgreementType], { description: "A municipality's SIGNED agreements; no login needed (public records)" })
  async publicAgreements(
    @Arg("kommun", () => String, { description: "The municipality's slug, e.g. demo" }) kommun: string,
    @Ctx() ctx: Context,
  ) {
    await countPublicRead(ctx);
    return ctx.services.publicRecords.signedAgreements(kommun);
  }

  @Query(() => MunicipalityType, { description: "A municipality by slug, for public pages" })
  async publicMunicipality(@Arg("kommun", () => String) kommun: string, @Ctx() ctx: Context) {
    await countPublicRead(ctx);
    return ctx.services.publicRecords.municipality(kommun);
  }
}
