import * as Y from "yjs";
import { SectionEntity } from "../agreements/agreement.entities.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { CollabService } from "../collab/collab.service.js";
import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { badInput, forbidden, invalidState, notFound } from "../errors.js";
import { appendEvent } from "../events/event-log.js";
import type { Actor } from "../identity/identity.model.js";
import { commentsPolicy } from "../policies/comments.policy.js";
import { isOnDeletedText, normaliseAnchor } from "./comment-anchors.js";
import { CommentEntity } from "./comment.entity.js";

export const MAX_BODY = 5000;
export const MAX_QUOTE = 2000;

/** A comment as presented: a thread carries its replies, and whether its text is gone. */
export interface CommentView extends CommentEntity {
  replies: CommentView[];
  onDeletedText: boolean;
}

export interface NewComment {
  sectionId: string;
  body: string;
  anchor?: string | null;
  anchorEnd?: string | null;
  quote?: string | null;
  parentId?: string | null;
}

/**
 * Threaded comments on sections. Threads are anchored with Yjs relative positions, so they follow the
 * text; whether that text still exists is judged against the section's current document. Every change
 * writes an agreement event (`comment.*`): that is how the other party sees it live.
 */
export class CommentsService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementsService,
    private readonly collab: CollabService,
  ) {}

  /** The section's threads, oldest first, each with its replies. */
  async threads(actor: Actor, sectionId: string): Promise<CommentView[]> {
    const comments = await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      await this.readableSection(tx, actor, sectionId);
      return tx.em.find(CommentEntity, { where: { sectionId, municipalityId: tx.municipalityId }, order: { createdAt: "ASC", id: "ASC" } });
    });
    const deleted = await this.deletedJudge(actor.municipalityId, sectionId, comments);
    const threads = comments.filter((c) => c.parentId === null).map((c) => view(c, deleted(c)));
    const byId = new Map(threads.map((t) => [t.id, t]));
    for (const reply of comments) if (reply.parentId !== null) byId.get(reply.parentId)?.replies.push(view(reply, false));
    return threads;
  }

  async add(actor: Actor, input: NewComment): Promise<CommentView> {
    const body = input.body.trim();
    if (body.length === 0) throw badInput("Kommentaren får inte vara tom", "body");
    if (body.length > MAX_BODY) throw badInput(`Kommentaren får vara högst ${MAX_BODY} tecken`, "body");
    const quote = input.quote?.trim() || null;
    if (quote && quote.length > MAX_QUOTE) throw badInput(`Citatet får vara högst ${MAX_QUOTE} tecken`, "quote");
    const saved = await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const section = await this.writableSection(tx, actor, input.sectionId);
      const parentId = input.parentId ? await this.threadOf(tx, section.id, input.parentId) : null;
      const [anchor, anchorEnd] = parentId ? replyAnchors(input) : threadAnchors(input);
      const comment = await tx.em.save(
        tx.em.create(CommentEntity, {
          municipalityId: tx.municipalityId,
          sectionId: section.id,
          parentId,
          authorId: actor.userId,
          body,
          anchor,
          anchorEnd,
          quote: parentId ? null : quote,
          resolved: false,
          resolvedBy: null,
          resolvedAt: null,
        }),
      );
      await appendEvent(tx, {
        agreementId: section.agreementId,
        actorId: actor.userId,
        type: "comment.added",
        summary: parentId ? `Svar på en kommentar i ”${section.title}”` : `Ny kommentar i ”${section.title}”`,
        data: { commentId: comment.id, sectionId: section.id, parentId },
      });
      return comment;
    });
    return this.present(actor, saved);
  }

  /** Resolves or reopens a thread; setting the state it already has changes nothing. */
  async setResolved(actor: Actor, commentId: string, resolved: boolean): Promise<CommentView> {
    const comment = await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const found = isUuid(commentId) ? await tx.em.findOneBy(CommentEntity, { id: commentId, municipalityId: tx.municipalityId }) : null;
      if (!found) throw notFound("Kommentaren");
      const section = await this.writableSection(tx, actor, found.sectionId);
      if (found.parentId !== null) throw badInput("Bara en hel tråd kan markeras som löst", "commentId");
      const [rows, changed] = (await tx.em.query(
        `UPDATE comment SET resolved = $3, resolved_by = CASE WHEN $3 THEN $4::uuid END, resolved_at = CASE WHEN $3 THEN now() END
          WHERE id = $1 AND municipality_id = $2 AND resolved <> $3 RETURNING id`,
        [found.id, tx.municipalityId, resolved, actor.userId],
      )) as [unknown[], number];
      if (changed === 1 && rows.length === 1)
        await appendEvent(tx, {
          agreementId: section.agreementId,
          actorId: actor.userId,
          type: resolved ? "comment.resolved" : "comment.reopened",
          summary: resolved ? `En kommentar i ”${section.title}” markerades som löst` : `En kommentar i ”${section.title}” öppnades igen`,
          data: { commentId: found.id, sectionId: section.id },
        });
      return tx.em.findOneByOrFail(CommentEntity, { id: found.id, municipalityId: tx.municipalityId });
    });
    return this.present(actor, comment);
  }

  /** One comment with its replies, as `threads` presents it. */
  private async present(actor: Actor, comment: CommentEntity): Promise<CommentView> {
    const replies = await this.db.inMunicipality(actor.municipalityId, (tx) =>
      tx.em.find(CommentEntity, { where: { parentId: comment.id, municipalityId: tx.municipalityId }, order: { createdAt: "ASC", id: "ASC" } }),
    );
    const deleted = await this.deletedJudge(actor.municipalityId, comment.sectionId, [comment]);
    return { ...view(comment, deleted(comment)), replies: replies.map((r) => view(r, false)) };
  }

  /** Decides `onDeletedText` against the section's current document, read once and only when needed. */
  private async deletedJudge(municipalityId: string, sectionId: string, comments: CommentEntity[]): Promise<(c: CommentEntity) => boolean> {
    if (!comments.some((c) => c.anchor !== null)) return () => false;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await this.collab.snapshotOf(municipalityId, sectionId));
    return (c) => c.anchor !== null && isOnDeletedText(doc, c.anchor, c.anchorEnd);
  }

  private async readableSection(tx: Tx, actor: Actor, sectionId: string): Promise<SectionEntity> {
    const section = isUuid(sectionId) ? await tx.em.findOneBy(SectionEntity, { id: sectionId, municipalityId: tx.municipalityId }) : null;
    if (!section) throw notFound("Avsnittet");
    await this.agreements.get(tx, actor, section.agreementId);
    return section;
  }

  private async writableSection(tx: Tx, actor: Actor, sectionId: string): Promise<SectionEntity> {
    const section = isUuid(sectionId) ? await tx.em.findOneBy(SectionEntity, { id: sectionId, municipalityId: tx.municipalityId }) : null;
    if (!section) throw notFound("Avsnittet");
    const agreement = await this.agreements.get(tx, actor, section.agreementId);
    if (!commentsPolicy.mayComment(actor, agreement)) throw forbidden("Bara parternas förvaltningschefer och handläggare kan kommentera");
    if (agreement.status !== AgreementStatus.DRAFT) throw invalidState("Överenskommelsen är inte ett utkast längre och kan inte kommenteras");
    return section;
  }

  /** The thread a reply goes to: the parent's own thread when the parent is itself a reply. */
  private async threadOf(tx: Tx, sectionId: string, parentId: string): Promise<string> {
    const parent = isUuid(parentId) ? await tx.em.findOneBy(CommentEntity, { id: parentId, municipalityId: tx.municipalityId }) : null;
    if (!parent || parent.sectionId !== sectionId) throw badInput("Kommentaren du svarar på finns inte i det här avsnittet", "parentId");
    return parent.parentId ?? parent.id;
  }
}

function view(comment: CommentEntity, onDeletedText: boolean): CommentView {
  return Object.assign(Object.create(CommentEntity.prototype) as CommentEntity, comment, { replies: [], onDeletedText });
}

function replyAnchors(input: NewComment): [null, null] {
  if (input.anchor || input.anchorEnd) throw badInput("Ett svar har inget eget ankare", "anchor");
  return [null, null];
}

/** A thread is anchored to a range (start and end) or to the whole section (neither). */
function threadAnchors(input: NewComment): [string | null, string | null] {
  if (!input.anchor && !input.anchorEnd) return [null, null];
  if (!input.anchor || !input.anchorEnd) throw badInput("Ett ankare behöver både start och slut", input.anchor ? "anchorEnd" : "anchor");
  return [normaliseAnchor(input.anchor, "anchor"), normaliseAnchor(input.anchorEnd, "anchorEnd")];
}
