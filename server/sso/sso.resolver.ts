import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Tx } from "../db/database.js";
import { countPublicRead, inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import { assertAllowed } from "../policies/policy.js";
import { ssoPolicy } from "../policies/sso.policy.js";
import type { SingleSignOnSettings } from "./sso.model.js";
import { presentSingleSignOn } from "./sso.presenter.js";
import { ssoStore } from "./sso.store.js";
import { GroupRoleMappingInputType, SingleSignOnConfigType, SingleSignOnInputType, SingleSignOnOptionType } from "./sso.types.js";

const present = (ctx: Context) => (tx: Tx, settings: SingleSignOnSettings) =>
  presentSingleSignOn(tx, settings, {
    secrets: ctx.services.singleSignOn.secrets,
    callbackUrl: ctx.services.singleSignOn.callbackUrl,
    organsById: (t, ids) => ctx.services.identity.organsById(t, ids),
  });

@Resolver()
export class SingleSignOnResolver {
  @Query(() => SingleSignOnConfigType, {
    nullable: true,
    description: "The municipality's single sign-on (ADMIN); null when none is configured",
  })
  singleSignOn(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => {
      assertAllowed(ssoPolicy.administer(actor), ssoPolicy.refusal);
      const settings = await ssoStore.settings(tx);
      return settings ? present(ctx)(tx, settings) : null;
    });
  }

  @Query(() => SingleSignOnOptionType, {
    nullable: true,
    description:
      "The login page's button: the municipality named by its slug, or by the domain of an e-mail address, if it has single sign-on; no login needed",
  })
  async singleSignOnFor(
    @Arg("kommun", () => String, { nullable: true }) kommun: string | null,
    @Arg("email", () => String, { nullable: true }) email: string | null,
    @Ctx() ctx: Context,
  ) {
    await countPublicRead(ctx);
    return ctx.services.singleSignOn.option({ kommun: kommun?.slice(0, 100), email: email?.slice(0, 320) });
  }

  @Mutation(() => SingleSignOnConfigType, {
    description: "Creates or replaces the single sign-on (ADMIN); expectedVersion 0 when there is none yet",
  })
  configureSingleSignOn(
    @Arg("input", () => SingleSignOnInputType) input: SingleSignOnInputType,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, ctx.services.singleSignOn.commands.configureSingleSignOn, { input, expectedVersion }, (tx, _actor, settings) =>
      present(ctx)(tx, settings),
    );
  }

  @Mutation(() => Boolean, { description: "Removes the single sign-on and its group mappings (ADMIN)" })
  removeSingleSignOn(@Ctx() ctx: Context) {
    return runCommand(ctx, ctx.services.singleSignOn.commands.removeSingleSignOn, {});
  }

  @Mutation(() => SingleSignOnConfigType, {
    description: "Replaces the table of group → role in organ used when users are created at first sign-in (ADMIN)",
  })
  setGroupRoleMappings(@Arg("mappings", () => [GroupRoleMappingInputType]) mappings: GroupRoleMappingInputType[], @Ctx() ctx: Context) {
    return runCommand(ctx, ctx.services.singleSignOn.commands.setGroupRoleMappings, { mappings }, (tx, _actor, settings) =>
      present(ctx)(tx, settings),
    );
  }
}
