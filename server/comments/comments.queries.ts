import * as Y from "yjs";
import type { SectionSnapshots } from "../collab/collab.service.js";
import type { Tx } from "../db/database.js";
import { permits } from "../pipeline/permissions.js";
import type { Actor } from "../identity/identity.model.js";
import { isOnDeletedText } from "./comment-anchors.js";
import { CommentEntity } from "./comment.entity.js";
import { addComment, type SectionTarget } from "./comments.commands.js";
import { commentsStore, type CommentsWithUsers } from "./comments.store.js";

/** A comment as presented: a thread carries its replies, and whether its text is gone. */
export interface CommentView extends CommentEntity {
  replies: CommentView[];
  onDeletedText: boolean;
}

/** A comment and its replies as read in a transaction, before `onDeletedText` is judged. */
export interface CommentRows {
  comment: CommentEntity;
  replies: CommentEntity[];
}

/**
 * The comments' reads. Rows are read in the caller's transaction; whether an anchored thread's text
 * is gone is then judged against the section's current document, which lives in the co-editing
 * service (`snapshots`) and is read outside any transaction, once per section and only when needed.
 */
export const commentsQueries = {
  /** Whether the caller may comment on the section now: the command's own declaration. */
  canComment(actor: Actor | null, target: SectionTarget): boolean {
    return permits(addComment, actor, target);
  },

  /** Every comment of the section, oldest first. */
  ofSection(tx: Tx, sectionId: string): Promise<CommentEntity[]> {
    return commentsStore.ofSection(tx, sectionId);
  },

  /** Every comment of each section, oldest first, and the users they name: the sections of one agreement's list, read together. */
  ofSections(tx: Tx, sectionIds: readonly string[]): Promise<CommentsWithUsers> {
    return commentsStore.ofSections(tx, sectionIds);
  },

  async withReplies(tx: Tx, comment: CommentEntity): Promise<CommentRows> {
    return { comment, replies: await commentsStore.replies(tx, comment.id) };
  },

  /** The section's threads, oldest first, each with its replies. */
  async threads(snapshots: SectionSnapshots, municipalityId: string, sectionId: string, comments: CommentEntity[]): Promise<CommentView[]> {
    const deleted = await deletedJudge(snapshots, municipalityId, sectionId, comments);
    const threads = comments.filter((c) => c.parentId === null).map((c) => view(c, deleted(c)));
    const byId = new Map(threads.map((t) => [t.id, t]));
    for (const reply of comments) if (reply.parentId !== null) byId.get(reply.parentId)?.replies.push(view(reply, false));
    return threads;
  },

  /** One comment with its replies, as `threads` presents it (a mutation's answer). */
  async thread(snapshots: SectionSnapshots, municipalityId: string, { comment, replies }: CommentRows): Promise<CommentView> {
    const deleted = await deletedJudge(snapshots, municipalityId, comment.sectionId, [comment]);
    return { ...view(comment, deleted(comment)), replies: replies.map((r) => view(r, false)) };
  },
};

async function deletedJudge(
  snapshots: SectionSnapshots,
  municipalityId: string,
  sectionId: string,
  comments: CommentEntity[],
): Promise<(c: CommentEntity) => boolean> {
  if (!comments.some((c) => c.anchor !== null)) return () => false;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await snapshots(municipalityId, sectionId));
  return (c) => c.anchor !== null && isOnDeletedText(doc, c.anchor, c.anchorEnd);
}

function view(comment: CommentEntity, onDeletedText: boolean): CommentView {
  return Object.assign(Object.create(CommentEntity.prototype) as CommentEntity, comment, { replies: [], onDeletedText });
}
