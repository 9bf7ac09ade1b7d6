import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { SectionEntity } from "../agreements/agreement.entities.js";
import { SectionType } from "../agreements/agreement.types.js";
import { inCallerMunicipality, requireActor, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { commentsPolicy } from "../policies/comments.policy.js";
import type { CommentView } from "./comments.service.js";
import { CommentType } from "./comments.types.js";

@Resolver(() => CommentType)
export class CommentsResolver {
  @Mutation(() => CommentType, { description: "Comments on a section: a new thread (optionally anchored to a text range) or, with parentId, a reply" })
  addComment(
    @Arg("sectionId", () => ID) sectionId: string,
    @Arg("body", () => String) body: string,
    @Arg("anchor", () => String, { nullable: true }) anchor: string | null,
    @Arg("anchorEnd", () => String, { nullable: true }) anchorEnd: string | null,
    @Arg("quote", () => String, { nullable: true }) quote: string | null,
    @Arg("parentId", () => ID, { nullable: true }) parentId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.comments.add(requireActor(ctx), { sectionId, body, anchor, anchorEnd, quote, parentId });
  }

  @Mutation(() => CommentType, { description: "Resolves or reopens a thread" })
  setCommentResolved(@Arg("commentId", () => ID) commentId: string, @Arg("resolved", () => Boolean) resolved: boolean, @Ctx() ctx: Context) {
    return ctx.services.comments.setResolved(requireActor(ctx), commentId, resolved);
  }

  @FieldResolver(() => UserType)
  author(@Root() comment: CommentView, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.identity.requireUser(tx, comment.authorId));
  }

  @FieldResolver(() => UserType, { nullable: true })
  resolvedBy(@Root() comment: CommentView, @Ctx() ctx: Context) {
    const userId = comment.resolvedBy;
    return userId ? inCallerMunicipality(ctx, (tx) => ctx.services.identity.user(tx, userId)) : null;
  }
}

@Resolver(() => SectionType)
export class SectionCommentsResolver {
  @FieldResolver(() => [CommentType], { description: "The section's comment threads, oldest first, resolved ones included" })
  comments(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    return ctx.services.comments.threads(requireActor(ctx), section.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may comment on the section now" })
  canComment(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => commentsPolicy.canComment(actor, await ctx.services.agreements.agreementOfSection(tx, actor, section)));
  }
}
