import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { agreementOfSection } from "../agreements/agreements.loaders.js";
import { loadInBatch } from "../graphql/batch-loader.js";
import type { SectionEntity } from "../agreements/agreement.entities.js";
import { SectionType } from "../agreements/agreement.types.js";
import { inCallerMunicipality, requireActor, runCommand, type Context } from "../graphql/context.js";
import { notFound } from "../errors.js";
import { knownUsers, userOfRow } from "../identity/identity.loaders.js";
import { UserType } from "../identity/identity.types.js";
import { addComment, setCommentResolved } from "./comments.commands.js";
import { commentsQueries, type CommentRows, type CommentView } from "./comments.queries.js";
import { CommentType } from "./comments.types.js";

/** A mutation's answer: the comment and its replies from the command's transaction, judged after it. */
async function answer(ctx: Context, rows: Promise<CommentRows>): Promise<CommentView> {
  return commentsQueries.thread(ctx.services.collab.snapshotOf, requireActor(ctx).municipalityId, await rows);
}

@Resolver(() => CommentType)
export class CommentsResolver {
  @Mutation(() => CommentType, {
    description: "Comments on a section: a new thread (optionally anchored to a text range) or, with parentId, a reply",
  })
  addComment(
    @Arg("sectionId", () => ID) sectionId: string,
    @Arg("body", () => String) body: string,
    @Arg("anchor", () => String, { nullable: true }) anchor: string | null,
    @Arg("anchorEnd", () => String, { nullable: true }) anchorEnd: string | null,
    @Arg("quote", () => String, { nullable: true }) quote: string | null,
    @Arg("parentId", () => ID, { nullable: true }) parentId: string | null,
    @Ctx() ctx: Context,
  ) {
    const input = { sectionId, body, anchor, anchorEnd, quote, parentId };
    return answer(
      ctx,
      // A comment made in this transaction has no replies yet: nothing to read back.
      runCommand(ctx, addComment, input, async (_tx, _actor, comment) => ({ comment, replies: [] })),
    );
  }

  @Mutation(() => CommentType, { description: "Resolves or reopens a thread" })
  setCommentResolved(
    @Arg("commentId", () => ID) commentId: string,
    @Arg("resolved", () => Boolean) resolved: boolean,
    @Ctx() ctx: Context,
  ) {
    return answer(
      ctx,
      runCommand(ctx, setCommentResolved, { commentId, resolved }, (tx, _actor, comment) => commentsQueries.withReplies(tx, comment)),
    );
  }

  @FieldResolver(() => UserType)
  author(@Root() comment: CommentView, @Ctx() ctx: Context) {
    requireActor(ctx);
    return userOfRow(ctx, comment, comment.authorId).then((user) => user ?? Promise.reject(notFound("Användaren")));
  }

  @FieldResolver(() => UserType, { nullable: true })
  resolvedBy(@Root() comment: CommentView, @Ctx() ctx: Context) {
    requireActor(ctx);
    return userOfRow(ctx, comment, comment.resolvedBy);
  }
}

@Resolver(() => SectionType)
export class SectionCommentsResolver {
  @FieldResolver(() => [CommentType], { description: "The section's comment threads, oldest first, resolved ones included" })
  async comments(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    await agreementOfSection(ctx, section);
    const comments = await loadInBatch(ctx, `comments:${section.municipalityId}`, section.id, (sectionIds) =>
      inCallerMunicipality(ctx, async (tx) => {
        // The authors come with the comments: their fields (`userOfRow`) then read nothing more.
        const { bySection, users } = await commentsQueries.ofSections(tx, sectionIds);
        knownUsers(ctx, tx.municipalityId, users);
        return bySection;
      }),
    );
    return commentsQueries.threads(ctx.services.collab.snapshotOf, requireActor(ctx).municipalityId, section.id, comments ?? []);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may comment on the section now" })
  async canComment(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    return commentsQueries.canComment(requireActor(ctx), { agreement: await agreementOfSection(ctx, section), section });
  }
}
